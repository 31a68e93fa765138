/**
 * The optional Micrometer bridge of the metrics engine: {@link dev.scrm.metrics.micrometer.MicrometerKpiBinder}
 * exposes KPIs as gauges. Using it requires {@code io.micrometer:micrometer-core} on the class path.
 */
package dev.scrm.metrics.micrometer;
