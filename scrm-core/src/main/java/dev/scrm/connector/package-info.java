/**
 * The connector SPI: how scrm reads from a platform, without any HTTP library in sight.
 *
 * <p>A {@link dev.scrm.connector.Connector} declares what it can do in its
 * {@link dev.scrm.connector.ConnectorManifest} (capabilities, authentication, rate limits, mapping
 * version) and reads one {@link dev.scrm.connector.Page} at a time for a
 * {@link dev.scrm.connector.ListeningQuery}, starting from a {@link dev.scrm.connector.Checkpoint}. Each
 * page holds {@link dev.scrm.core.Interaction interactions} and {@link dev.scrm.core.SocialIdentity
 * identities} in the domain model, {@link dev.scrm.connector.Tombstone tombstones} for items the platform
 * deleted, and the checkpoint to resume from after it. A driver stores that checkpoint in a
 * {@link dev.scrm.connector.CheckpointStore} only after its sink has committed the page, so a restarted
 * pull resumes exactly where it stopped.
 *
 * <p>Aggregate sources (web analytics, search-volume trends) implement {@link dev.scrm.connector.FigureSource}:
 * a {@link dev.scrm.connector.FigureQuery} reads {@link dev.scrm.connector.FigureSeries series} of
 * {@link dev.scrm.connector.FigureMetric figures} per day, week or month in {@link dev.scrm.connector.FigureBatch
 * batches}, resuming from the last closed bucket and always re-reading the trailing ones. A figure a source
 * cannot supply is an unavailable series, never a zero, and search-interest series carry their
 * {@link dev.scrm.connector.SearchTrendScope normalisation scope}.
 *
 * <p>Third parties implement {@link dev.scrm.connector.ConnectorProvider} (one abstract method) and
 * register it in {@code META-INF/services}; {@link dev.scrm.connector.ConnectorProviders#discover(ClassLoader)}
 * runs the {@link java.util.ServiceLoader} only when asked. Time and waiting are injected through
 * {@link java.time.Clock} and {@link dev.scrm.connector.Sleeper}; secrets travel as
 * {@link dev.scrm.connector.Secret}, whose {@code toString()} is a mask. Failures are
 * {@link dev.scrm.connector.ConnectorException} and its subtypes
 * {@link dev.scrm.connector.AuthenticationException} and {@link dev.scrm.connector.RateLimitedException},
 * which say whether a retry can help.
 */
package dev.scrm.connector;
