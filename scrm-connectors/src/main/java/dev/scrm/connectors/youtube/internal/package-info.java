/** YouTube paging, error reasons and mapping; not API. */
package dev.scrm.connectors.youtube.internal;
