/** X API v2 paging and mapping; not API. */
package dev.scrm.connectors.x.internal;
