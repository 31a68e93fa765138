/** Mastodon payload mapping and paging; not API. */
package dev.scrm.connectors.mastodon.internal;
