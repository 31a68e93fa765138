/**
 * The scrm metrics engine: versioned KPI definitions and an incremental, mergeable, time-bucketed engine
 * that computes them.
 *
 * <p>{@link dev.scrm.metrics.MetricsEngine} is the front door: it ingests {@link dev.scrm.core.Interaction
 * interactions} (one by one, or in column layout as an {@link dev.scrm.metrics.InteractionBatch}, the fast
 * path), {@link dev.scrm.metrics.AudienceSnapshot follower snapshots}, {@link dev.scrm.metrics.FollowerGains
 * follower gains}, {@link dev.scrm.metrics.WebTrafficFigures web figures}, {@link dev.scrm.metrics.SearchInterest
 * search interest}, {@link dev.scrm.metrics.KeywordSearchVolume search volumes} and
 * {@link dev.scrm.metrics.CareEvent customer-service events}, and answers a
 * {@link dev.scrm.metrics.MetricQuery} with a {@link dev.scrm.core.Metric} (or a
 * {@link dev.scrm.metrics.KpiResult} with its explanation). The KPIs are
 * {@link dev.scrm.metrics.KpiDefinition definitions} in a {@link dev.scrm.metrics.KpiRegistry}, each with an
 * id and version, an {@link dev.scrm.metrics.Additivity}, a unit and a {@link dev.scrm.metrics.KpiFormula}
 * over the pooled {@link dev.scrm.metrics.KpiInputs}; users register their own the same way.
 *
 * <p>KPIs that need per-item or per-author inputs the aggregates do not keep have calculators:
 * {@link dev.scrm.metrics.InfluenceScore}, {@link dev.scrm.metrics.SocialRoi} with
 * {@link dev.scrm.metrics.AttributionModel}, {@link dev.scrm.metrics.ContentAcceptance},
 * {@link dev.scrm.metrics.SpikeDetector}, {@link dev.scrm.metrics.NetSentiment},
 * {@link dev.scrm.metrics.CareMetrics} with {@link dev.scrm.metrics.BusinessCalendar},
 * {@link dev.scrm.metrics.ImpressionEstimates} and {@link dev.scrm.metrics.Percentiles}.
 *
 * <p>{@link dev.scrm.metrics.ServiceEventBridge} feeds the {@code care.*} KPIs from a
 * {@link dev.scrm.engage.ServiceDesk}'s events.
 *
 * <p>Values are immutable records; the engine is thread-safe. Null arguments are rejected with a
 * {@link java.lang.NullPointerException}; bad values and refused roll-ups with an
 * {@link java.lang.IllegalArgumentException} that names the KPI and what was refused.
 */
package dev.scrm.metrics;
