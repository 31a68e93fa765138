/**
 * Implementation of the shared HTTP machinery: the transport with its retry, rate-limit and auth loop,
 * tolerant JSON helpers, the profile cache and token handling. Not API: may change in any release.
 */
package dev.scrm.connectors.http.internal;
