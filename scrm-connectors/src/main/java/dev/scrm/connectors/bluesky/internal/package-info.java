/** Bluesky session handling, paging and mapping; not API. */
package dev.scrm.connectors.bluesky.internal;
