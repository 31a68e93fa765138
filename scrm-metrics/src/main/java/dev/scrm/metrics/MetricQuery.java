package dev.scrm.metrics;

import dev.scrm.core.KpiId;
import dev.scrm.core.Platform;
import dev.scrm.core.Window;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A question to the {@link MetricsEngine}: one KPI over a window, optionally cut into buckets, for a brand,
 * its competitor set and dimension filters, with the definition's parameters.
 *
 * <p>The window must start and end on bucket boundaries of the engine's resolution in the query's zone.
 * {@code null} filters match everything. Immutable and thread-safe; build one with
 * {@link #builder(KpiId, Window)}.
 *
 * @param kpi the KPI definition
 * @param window the half-open window {@code [start, end)}
 * @param bucket the bucket to cut the window into for {@link MetricsEngine#series}, or {@code null} for one
 *     value over the whole window
 * @param zone the zone the buckets are cut in, or {@code null} for the engine's zone
 * @param brand the brand the KPI is about, or {@code null} for all data
 * @param competitors the competitor set {@code C} of share-of-voice KPIs; the brand is added to it
 * @param platform only data from this platform, or {@code null}
 * @param campaign only data of this campaign (attribute {@value MetricsAttributes#CAMPAIGN}), or {@code null}
 * @param segment only data of this segment (attribute {@value MetricsAttributes#SEGMENT}), or {@code null}
 * @param parameters definition parameters that override its defaults, for example {@code overlapPolicy=SPLIT}
 */
public record MetricQuery(KpiId kpi, Window window, BucketUnit bucket, ZoneId zone, String brand,
        Set<String> competitors, Platform platform, String campaign, String segment, Map<String, String> parameters) {

    /**
     * Validates and copies.
     *
     * @throws NullPointerException if the KPI, window or a collection is null
     */
    public MetricQuery {
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(window, "window");
        TreeSet<String> set = new TreeSet<>(Objects.requireNonNull(competitors, "competitors"));
        if (brand != null) {
            set.add(brand);
        }
        competitors = Collections.unmodifiableSet(set);
        parameters = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(parameters, "parameters")));
    }

    /**
     * A builder for a query of a KPI over a window.
     *
     * @param kpi the KPI, for example {@code KpiId.parse("share_of_voice.mentions@1")}
     * @param window the window
     * @return a new builder
     */
    public static Builder builder(KpiId kpi, Window window) {
        return new Builder(Objects.requireNonNull(kpi, "kpi"), Objects.requireNonNull(window, "window"));
    }

    /**
     * A copy of this query over another window, without buckets.
     *
     * @param other the window
     * @return the copy
     */
    public MetricQuery withWindow(Window other) {
        return new MetricQuery(kpi, other, null, zone, brand, competitors, platform, campaign, segment, parameters);
    }

    /**
     * A copy of this query for another KPI.
     *
     * @param other the KPI
     * @return the copy
     */
    public MetricQuery withKpi(KpiId other) {
        return new MetricQuery(other, window, bucket, zone, brand, competitors, platform, campaign, segment,
                parameters);
    }

    /** Assembles a {@link MetricQuery}. Not thread-safe; {@link #build()} may be called again. */
    public static final class Builder {
        private final KpiId kpi;
        private final Window window;
        private BucketUnit bucket;
        private ZoneId zone;
        private String brand;
        private final Set<String> competitors = new TreeSet<>();
        private Platform platform;
        private String campaign;
        private String segment;
        private final Map<String, String> parameters = new TreeMap<>();

        private Builder(KpiId kpi, Window window) {
            this.kpi = kpi;
            this.window = window;
        }

        /**
         * Cuts the window into buckets (used by {@link MetricsEngine#series}); default none.
         *
         * @param value the bucket unit
         * @return this builder
         */
        public Builder bucket(BucketUnit value) {
            this.bucket = Objects.requireNonNull(value, "bucket");
            return this;
        }

        /**
         * The zone buckets are cut in; default the engine's zone.
         *
         * @param value the zone
         * @return this builder
         */
        public Builder zone(ZoneId value) {
            this.zone = Objects.requireNonNull(value, "zone");
            return this;
        }

        /**
         * The brand; default none (all data).
         *
         * @param value the brand label as matched on interactions
         * @return this builder
         */
        public Builder brand(String value) {
            this.brand = Objects.requireNonNull(value, "brand");
            return this;
        }

        /**
         * Adds competitors to the competitor set.
         *
         * @param values the competitor brand labels
         * @return this builder
         */
        public Builder competitors(String... values) {
            for (String v : values) {
                competitors.add(Objects.requireNonNull(v, "competitor"));
            }
            return this;
        }

        /**
         * Only data from one platform.
         *
         * @param value the platform
         * @return this builder
         */
        public Builder platform(Platform value) {
            this.platform = Objects.requireNonNull(value, "platform");
            return this;
        }

        /**
         * Only data of one campaign.
         *
         * @param value the campaign
         * @return this builder
         */
        public Builder campaign(String value) {
            this.campaign = Objects.requireNonNull(value, "campaign");
            return this;
        }

        /**
         * Only data of one segment.
         *
         * @param value the segment
         * @return this builder
         */
        public Builder segment(String value) {
            this.segment = Objects.requireNonNull(value, "segment");
            return this;
        }

        /**
         * Sets a definition parameter.
         *
         * @param name the parameter name, for example {@code overlapPolicy}
         * @param value its value, for example {@code SPLIT}
         * @return this builder
         */
        public Builder parameter(String name, String value) {
            parameters.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * The query.
         *
         * @return a new query
         */
        public MetricQuery build() {
            return new MetricQuery(kpi, window, bucket, zone, brand, competitors, platform, campaign, segment,
                    parameters);
        }
    }
}
