/**
 * HTTP machinery shared by every scrm connector, on OkHttp 5 and Jackson 3.
 *
 * <p>{@link dev.scrm.connectors.http.HttpSettings} holds what all connectors share: the caller's
 * {@link okhttp3.OkHttpClient} (or one scrm creates), the {@link java.time.Clock}, the
 * {@link dev.scrm.connector.Sleeper}, the {@link dev.scrm.connectors.http.RetryPolicy} and a seed for the
 * back-off jitter. {@link dev.scrm.connectors.http.Auth} attaches credentials (bearer token, OAuth 2.0
 * client credentials, or a platform's session login with refresh), and
 * {@link dev.scrm.connectors.http.RateLimitFormat} reads each platform's rate-limit headers in their own
 * units so the connector waits <em>before</em> the limit. Retries use exponential back-off with jitter for
 * transient failures only, never for refused credentials or exhausted quotas.
 *
 * <p>{@link dev.scrm.connectors.http.Puller} drives a {@link dev.scrm.connector.Connector} page by page:
 * it de-duplicates items by id, hands each page to a sink and saves the checkpoint in a
 * {@link dev.scrm.connector.CheckpointStore} ({@link dev.scrm.connectors.http.InMemoryCheckpointStore},
 * {@link dev.scrm.connectors.http.FileCheckpointStore}) only after the sink returned.
 * {@link dev.scrm.connectors.http.Redactor} removes secrets from every string that is logged or thrown.
 */
package dev.scrm.connectors.http;
