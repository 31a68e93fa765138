package dev.scrm.metrics;

/**
 * The {@link dev.scrm.core.Interaction#attributes() interaction attributes} that the metrics engine reads.
 * Connectors or enrichment steps set them; an absent attribute is a missing input, never zero.
 */
public final class MetricsAttributes {

    /** The campaign dimension. */
    public static final String CAMPAIGN = "campaign";
    /** The audience segment dimension. */
    public static final String SEGMENT = "segment";
    /** The reach of the item (unique viewers), a whole number. */
    public static final String REACH = "reach";
    /** The author's follower count when the item was published, a whole number. */
    public static final String AUTHOR_FOLLOWERS = "author_followers";

    private MetricsAttributes() {
    }
}
