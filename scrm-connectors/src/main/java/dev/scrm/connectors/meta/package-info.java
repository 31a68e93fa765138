/**
 * The Meta Graph API connector for Facebook Pages: a Page's feed, comments under a post and Page profiles
 * with a Page access token, mapped to {@link dev.scrm.core.Interaction} and
 * {@link dev.scrm.core.SocialIdentity}; the usage headers ({@code X-App-Usage}, {@code X-Page-Usage},
 * {@code X-Business-Use-Case-Usage}) slow the connector down before Meta throttles it.
 *
 * <p>{@link dev.scrm.connectors.meta.InstagramConnector} reads an Instagram business account's media, the
 * comments under them and other business accounts' profiles ({@code business_discovery}, with follower
 * counts) on the same Graph machinery: usage headers, throttling codes (including 80002, the Instagram
 * business-use-case throttle) and token-free stored paging links.
 *
 * <p>Build one with {@link dev.scrm.connectors.meta.MetaGraphConnector#builder()} or
 * {@link dev.scrm.connectors.meta.InstagramConnector#builder()}.
 */
package dev.scrm.connectors.meta;
