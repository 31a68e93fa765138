/** CSV splitting for the search-trend importers. Not API. */
package dev.scrm.connectors.trends.internal;
