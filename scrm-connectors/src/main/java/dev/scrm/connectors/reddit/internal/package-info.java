/** Reddit listing paging and mapping; not API. */
package dev.scrm.connectors.reddit.internal;
