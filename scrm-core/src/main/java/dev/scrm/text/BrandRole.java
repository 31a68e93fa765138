package dev.scrm.text;

/** Whose brand a {@link Brand} is. */
public enum BrandRole {
    /** One of the user's own brands or products. */
    OWN,
    /** A competitor's brand or product. */
    COMPETITOR
}
