package dev.scrm.examples.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything the demo report shows, in display order. Sections with no content are left out of the page.
 *
 * <p>Immutable and thread-safe.
 *
 * @param title the page title
 * @param generatedAt when the report was made
 * @param summary short summary lines shown at the top
 * @param shareOfVoice share of voice overall and per platform
 * @param charts line charts over time (mentions, net sentiment, followers, ...)
 * @param bars bar charts (search volume, mentions per platform, ...)
 * @param awareness awareness KPIs
 * @param sales sales KPIs
 * @param spikes the spikes found
 * @param topCustomers the top customers with their identities and link explanations
 * @param posts posts shown verbatim (questions, complaints, samples)
 */
public record DemoReport(String title, Instant generatedAt, List<String> summary, ShareOfVoice shareOfVoice,
        List<TimeSeries> charts, List<BarChart> bars, List<KpiValue> awareness, List<KpiValue> sales,
        List<SpikeFinding> spikes, List<CustomerSummary> topCustomers, List<PostSample> posts) {

    /**
     * Validates and copies the report.
     *
     * @throws NullPointerException if a field is null
     */
    public DemoReport {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(shareOfVoice, "shareOfVoice");
        summary = List.copyOf(Objects.requireNonNull(summary, "summary"));
        charts = List.copyOf(Objects.requireNonNull(charts, "charts"));
        bars = List.copyOf(Objects.requireNonNull(bars, "bars"));
        awareness = List.copyOf(Objects.requireNonNull(awareness, "awareness"));
        sales = List.copyOf(Objects.requireNonNull(sales, "sales"));
        spikes = List.copyOf(Objects.requireNonNull(spikes, "spikes"));
        topCustomers = List.copyOf(Objects.requireNonNull(topCustomers, "topCustomers"));
        posts = List.copyOf(Objects.requireNonNull(posts, "posts"));
    }
}
