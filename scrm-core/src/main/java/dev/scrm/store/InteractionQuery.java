package dev.scrm.store;

import dev.scrm.core.CustomerId;
import dev.scrm.core.InteractionKind;
import dev.scrm.core.Platform;
import dev.scrm.core.PlatformAccountId;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A filter over stored interactions; every criterion that is set must hold. Results come ordered by
 * {@code occurredAt}, then id. Immutable and thread-safe; build one with {@link #builder()}.
 *
 * @param customer only interactions authored through this customer's identities, or {@code null}
 * @param author only interactions by this identity, or {@code null}
 * @param platform only interactions on this platform, or {@code null}
 * @param kinds only these kinds; empty means every kind
 * @param from only interactions at or after this instant, or {@code null}
 * @param to only interactions before this instant, or {@code null}
 * @param limit the most results to return, at least 1
 */
public record InteractionQuery(
        CustomerId customer,
        PlatformAccountId author,
        Platform platform,
        Set<InteractionKind> kinds,
        Instant from,
        Instant to,
        int limit) {

    /** The default and largest limit. */
    public static final int MAX_LIMIT = Integer.MAX_VALUE;

    /**
     * Validates the query.
     *
     * @throws IllegalArgumentException if the limit is below 1 or {@code to} is not after {@code from}
     */
    public InteractionQuery {
        Objects.requireNonNull(kinds, "kinds");
        kinds = kinds.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(kinds));
        if (from != null && to != null && !to.isAfter(from)) {
            throw new IllegalArgumentException("query 'to' must be after 'from'");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("query limit must be >= 1, was " + limit);
        }
    }

    /**
     * A builder for a query that matches everything.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether the time criteria admit an instant.
     *
     * @param at the instant
     * @return true when it lies within {@code [from, to)}
     */
    public boolean admits(Instant at) {
        return (from == null || !at.isBefore(from)) && (to == null || at.isBefore(to));
    }

    /** Builds an {@link InteractionQuery}; not thread-safe. */
    public static final class Builder {
        private CustomerId customer;
        private PlatformAccountId author;
        private Platform platform;
        private final EnumSet<InteractionKind> kinds = EnumSet.noneOf(InteractionKind.class);
        private Instant from;
        private Instant to;
        private int limit = MAX_LIMIT;

        private Builder() {
        }

        /**
         * Sets the customer.
         *
         * @param value the customer
         * @return this builder
         */
        public Builder customer(CustomerId value) {
            this.customer = Objects.requireNonNull(value, "customer");
            return this;
        }

        /**
         * Sets the author.
         *
         * @param value the author
         * @return this builder
         */
        public Builder author(PlatformAccountId value) {
            this.author = Objects.requireNonNull(value, "author");
            return this;
        }

        /**
         * Sets the platform.
         *
         * @param value the platform
         * @return this builder
         */
        public Builder platform(Platform value) {
            this.platform = Objects.requireNonNull(value, "platform");
            return this;
        }

        /**
         * Sets a kind, added to the accepted kinds.
         *
         * @param value a kind, added to the accepted kinds
         * @return this builder
         */
        public Builder kind(InteractionKind value) {
            kinds.add(Objects.requireNonNull(value, "kind"));
            return this;
        }

        /**
         * Admits only interactions within {@code [fromInclusive, toExclusive)}.
         *
         * @param fromInclusive the first instant admitted
         * @param toExclusive the first instant after the range
         * @return this builder
         */
        public Builder between(Instant fromInclusive, Instant toExclusive) {
            this.from = Objects.requireNonNull(fromInclusive, "from");
            this.to = Objects.requireNonNull(toExclusive, "to");
            return this;
        }

        /**
         * Sets the most results, at least 1 (default all).
         *
         * @param value the most results, at least 1 (default all)
         * @return this builder
         */
        public Builder limit(int value) {
            this.limit = value;
            return this;
        }

        /**
         * Validates and builds the query.
         *
         * @return the query
         * @throws IllegalArgumentException if a criterion is invalid
         */
        public InteractionQuery build() {
            return new InteractionQuery(customer, author, platform, kinds, from, to, limit);
        }
    }
}
