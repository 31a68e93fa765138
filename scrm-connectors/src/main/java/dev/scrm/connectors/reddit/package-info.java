/**
 * The Reddit connector: search and subreddit comment listings and user profiles over OAuth 2.0 client
 * credentials, with Reddit's mandatory User-Agent, mapped to {@link dev.scrm.core.Interaction} (keyed by
 * fullname) and {@link dev.scrm.core.SocialIdentity} (keyed by {@code t2_} fullname).
 *
 * <p>Build one with {@link dev.scrm.connectors.reddit.RedditConnector#builder()}.
 */
package dev.scrm.connectors.reddit;
