/**
 * The X API v2 connector: recent search with expansions and user lookup by username, with an app-only
 * bearer token, mapped to {@link dev.scrm.core.Interaction} (keyed by post id) and
 * {@link dev.scrm.core.SocialIdentity} (keyed by user id).
 *
 * <p>Build one with {@link dev.scrm.connectors.x.XConnector#builder()}.
 */
package dev.scrm.connectors.x;
