/** Matomo request building, error shapes and payload mapping. Not API. */
package dev.scrm.connectors.matomo.internal;
