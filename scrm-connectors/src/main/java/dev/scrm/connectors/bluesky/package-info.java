/**
 * The Bluesky connector (AT Protocol XRPC): post search, author feeds and profiles, with session login by
 * app password and automatic refresh, mapped to {@link dev.scrm.core.Interaction} (keyed by AT-URI) and
 * {@link dev.scrm.core.SocialIdentity} (keyed by DID).
 *
 * <p>Build one with {@link dev.scrm.connectors.bluesky.BlueskyConnector#builder()}, or let
 * {@link dev.scrm.connector.ConnectorProviders} find {@link dev.scrm.connectors.bluesky.BlueskyConnectorProvider}.
 */
package dev.scrm.connectors.bluesky;
