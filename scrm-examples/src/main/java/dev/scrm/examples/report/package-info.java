/**
 * The demo's HTML report: a small typed model and a writer that turns it into one self-contained file.
 *
 * <p>{@link dev.scrm.examples.report.DemoReport} holds everything the report shows: share of voice
 * ({@link dev.scrm.examples.report.ShareOfVoice}), time series ({@link dev.scrm.examples.report.TimeSeries}),
 * bar charts ({@link dev.scrm.examples.report.BarChart}), KPI values with their definitions
 * ({@link dev.scrm.examples.report.KpiValue}), the top customers with their cross-platform identities and the
 * explanation of each identity link ({@link dev.scrm.examples.report.CustomerSummary},
 * {@link dev.scrm.examples.report.LinkExplanation}), the spikes found
 * ({@link dev.scrm.examples.report.SpikeFinding}) and sample posts ({@link dev.scrm.examples.report.PostSample}).
 * {@link dev.scrm.examples.report.HtmlReportWriter} renders it as one {@code report.html} with inline SVG charts
 * and inline CSS: no script, font or image is fetched from anywhere, a Content-Security-Policy forbids it, and
 * every piece of user text is HTML-escaped. All types are immutable and thread-safe.
 */
package dev.scrm.examples.report;
