package dev.scrm.text;

import java.util.Objects;

/**
 * A brand (own or competitor) defined by the listening query that finds its mentions. Immutable and
 * thread-safe.
 *
 * @param name the label put on matching interactions, for example {@code acme}; 1 to 256 characters, not blank
 * @param role whether it is the user's own brand or a competitor's
 * @param query the query that finds its mentions
 */
public record Brand(String name, BrandRole role, ListeningQuery query) {

    /**
     * Validates the brand.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if the name is blank or longer than 256 characters
     */
    public Brand {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(query, "query");
        if (name.isBlank() || name.length() > 256) {
            throw new IllegalArgumentException("brand name must be 1 to 256 characters and not blank");
        }
    }

    /**
     * One's own brand.
     *
     * @param name the label
     * @param query the query text
     * @return the brand
     * @throws QuerySyntaxException if the query is not valid
     */
    public static Brand own(String name, String query) {
        return new Brand(name, BrandRole.OWN, ListeningQuery.parse(query));
    }

    /**
     * A competitor's brand.
     *
     * @param name the label
     * @param query the query text
     * @return the brand
     * @throws QuerySyntaxException if the query is not valid
     */
    public static Brand competitor(String name, String query) {
        return new Brand(name, BrandRole.COMPETITOR, ListeningQuery.parse(query));
    }
}
