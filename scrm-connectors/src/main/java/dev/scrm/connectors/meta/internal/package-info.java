/** Graph paging, usage headers, error codes and mapping; not API. */
package dev.scrm.connectors.meta.internal;
