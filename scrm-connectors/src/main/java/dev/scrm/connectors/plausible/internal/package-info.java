/** Plausible query building, paging and positional metric binding. Not API. */
package dev.scrm.connectors.plausible.internal;
