package dev.scrm.examples.report;

import java.util.List;
import java.util.Objects;

/**
 * Share of voice: one stacked 100 % bar per row (all platforms, then each platform), each brand a segment.
 *
 * <p>Immutable and thread-safe.
 *
 * @param definition how the shares are computed, for example the KPI id and overlap policy
 * @param rows the rows, the overall row first; at least one
 */
public record ShareOfVoice(String definition, List<ShareOfVoice.Row> rows) {

    /**
     * Validates and copies the chart.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if there is no row
     */
    public ShareOfVoice {
        Objects.requireNonNull(definition, "definition");
        rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("share of voice needs at least one row");
        }
    }

    /**
     * One stacked bar.
     *
     * @param label the row's label, for example {@code all platforms} or {@code mastodon}
     * @param shares the brands' shares, in legend order
     */
    public record Row(String label, List<BrandShare> shares) {

        /**
         * Validates and copies the row.
         *
         * @throws NullPointerException if a field is null
         */
        public Row {
            Objects.requireNonNull(label, "label");
            shares = List.copyOf(Objects.requireNonNull(shares, "shares"));
        }
    }

    /**
     * One brand's share in a row.
     *
     * @param brand the brand's display name
     * @param mentions its mentions
     * @param percent its share in percent, within [0, 100]
     * @param own whether it is the client brand (highlighted)
     */
    public record BrandShare(String brand, long mentions, double percent, boolean own) {

        /**
         * Validates the share.
         *
         * @throws NullPointerException if the brand is null
         * @throws IllegalArgumentException if a number is out of range
         */
        public BrandShare {
            Objects.requireNonNull(brand, "brand");
            if (mentions < 0) {
                throw new IllegalArgumentException("mentions must be >= 0");
            }
            if (!(percent >= 0 && percent <= 100)) {
                throw new IllegalArgumentException("percent must be within [0, 100]");
            }
        }
    }
}
