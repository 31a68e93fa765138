/**
 * The Mastodon connector: hashtag timelines, status search, account statuses, notifications and account
 * profiles of any Mastodon-API server, mapped to {@link dev.scrm.core.Interaction} (keyed by the status
 * URI, so the same post seen through two servers is one item) and {@link dev.scrm.core.SocialIdentity}.
 *
 * <p>Build one with {@link dev.scrm.connectors.mastodon.MastodonConnector#builder()}, or let
 * {@link dev.scrm.connector.ConnectorProviders} find {@link dev.scrm.connectors.mastodon.MastodonConnectorProvider}.
 * {@link dev.scrm.connectors.mastodon.MastodonReplyChannel} sends the brand's replies for a
 * {@link dev.scrm.engage.ServiceDesk}.
 */
package dev.scrm.connectors.mastodon;
