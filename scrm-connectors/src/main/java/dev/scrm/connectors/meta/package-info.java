/**
 * The Meta Graph API connector for Facebook Pages: a Page's feed, comments under a post and Page profiles
 * with a Page access token, mapped to {@link dev.scrm.core.Interaction} and
 * {@link dev.scrm.core.SocialIdentity}; the usage headers ({@code X-App-Usage}, {@code X-Page-Usage},
 * {@code X-Business-Use-Case-Usage}) slow the connector down before Meta throttles it.
 *
 * <p>Build one with {@link dev.scrm.connectors.meta.MetaGraphConnector#builder()}.
 */
package dev.scrm.connectors.meta;
