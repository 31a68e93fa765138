/**
 * The YouTube Data API v3 connector: comment threads of a video and channel statistics with an API key,
 * mapped to {@link dev.scrm.core.Interaction} (keyed by comment id) and {@link dev.scrm.core.SocialIdentity}
 * (keyed by channel id); quota exhaustion is reported without retry.
 *
 * <p>Build one with {@link dev.scrm.connectors.youtube.YouTubeConnector#builder()}.
 */
package dev.scrm.connectors.youtube;
