package dev.scrm.metrics;

import dev.scrm.core.EngagementType;
import dev.scrm.core.Platform;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The engagement composition of each platform over time, chosen by the date of the measurement bucket.
 *
 * <p>{@link #ofDefaults()} holds the formula sheet's compositions (Talkwalker's published definitions for X,
 * Facebook, Instagram, LinkedIn, YouTube and Pinterest, and the SDK's own for Mastodon, Bluesky and Reddit).
 * A platform without a composition uses {@link #FALLBACK} (likes + shares + replies + quotes). Immutable and
 * thread-safe; build a custom set with {@link #builder()}.
 */
public final class EngagementCompositions {

    /** The composition of platforms that have none of their own. */
    public static final EngagementComposition FALLBACK = EngagementComposition.of("engagement.default@1",
            EngagementType.LIKES, EngagementType.SHARES, EngagementType.REPLIES, EngagementType.QUOTES);

    private static final EngagementCompositions DEFAULTS = defaults();

    private final Map<Platform, List<EngagementComposition>> byPlatform;

    private EngagementCompositions(Map<Platform, List<EngagementComposition>> byPlatform) {
        Map<Platform, List<EngagementComposition>> copy = new HashMap<>();
        byPlatform.forEach((p, l) -> copy.put(p, List.copyOf(l)));
        this.byPlatform = Map.copyOf(copy);
    }

    /**
     * The formula sheet's compositions.
     *
     * @return the default compositions
     */
    public static EngagementCompositions ofDefaults() {
        return DEFAULTS;
    }

    /**
     * A builder with no compositions.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The composition that applies to a platform on a day.
     *
     * @param platform the platform
     * @param day the day of the measurement bucket
     * @return the composition, {@link #FALLBACK} when the platform has none for that day
     */
    public EngagementComposition forDay(Platform platform, LocalDate day) {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(day, "day");
        List<EngagementComposition> list = byPlatform.get(platform);
        if (list != null) {
            for (EngagementComposition c : list) {
                if (c.appliesOn(day)) {
                    return c;
                }
            }
        }
        return FALLBACK;
    }

    /**
     * The compositions of a platform, in the order they were added.
     *
     * @param platform the platform
     * @return its compositions, empty when it uses {@link #FALLBACK}
     */
    public List<EngagementComposition> compositions(Platform platform) {
        return byPlatform.getOrDefault(Objects.requireNonNull(platform, "platform"), List.of());
    }

    private static EngagementCompositions defaults() {
        EngagementType likes = EngagementType.LIKES;
        EngagementType shares = EngagementType.SHARES;
        EngagementType replies = EngagementType.REPLIES;
        EngagementType quotes = EngagementType.QUOTES;
        LocalDate x2 = LocalDate.of(2023, 6, 14);
        LocalDate x3 = LocalDate.of(2024, 1, 1);
        LocalDate x4 = LocalDate.of(2024, 7, 1);
        return builder()
                .add(Platform.X, new EngagementComposition("engagement.x@1", Set.of(shares, likes), Set.of(), null, x2))
                .add(Platform.X, new EngagementComposition("engagement.x@2", Set.of(shares, likes, quotes), Set.of(),
                        x2, x3))
                .add(Platform.X, new EngagementComposition("engagement.x@3", Set.of(shares, likes, quotes, replies),
                        Set.of(), x3, x4))
                .add(Platform.X, new EngagementComposition("engagement.x@4",
                        Set.of(shares, likes, quotes, replies, EngagementType.SAVES), Set.of(), x4, null))
                .add(Platform.FACEBOOK, new EngagementComposition("engagement.facebook@1",
                        Set.of(shares, likes, replies), Set.of(EngagementType.CLICKS), null, null))
                .add(Platform.INSTAGRAM, EngagementComposition.of("engagement.instagram@1", likes, replies))
                .add(Platform.LINKEDIN, EngagementComposition.of("engagement.linkedin@1", likes, shares, replies))
                .add(Platform.YOUTUBE, EngagementComposition.of("engagement.youtube@1", likes, replies))
                .add(Platform.of("pinterest"), EngagementComposition.of("engagement.pinterest@1", replies, shares,
                        likes))
                .add(Platform.MASTODON, EngagementComposition.of("engagement.mastodon@1", likes, shares, replies,
                        quotes))
                .add(Platform.BLUESKY, EngagementComposition.of("engagement.bluesky@1", likes, shares, replies,
                        quotes))
                .add(Platform.REDDIT, EngagementComposition.of("engagement.reddit@1", likes, replies))
                .build();
    }

    /** Collects compositions per platform. Not thread-safe. */
    public static final class Builder {
        private final Map<Platform, List<EngagementComposition>> byPlatform = new HashMap<>();

        private Builder() {
        }

        /**
         * Adds a composition of a platform.
         *
         * @param platform the platform
         * @param composition the composition
         * @return this builder
         * @throws IllegalStateException if its validity overlaps a composition already added for the platform
         */
        public Builder add(Platform platform, EngagementComposition composition) {
            Objects.requireNonNull(platform, "platform");
            Objects.requireNonNull(composition, "composition");
            List<EngagementComposition> list = byPlatform.computeIfAbsent(platform, p -> new ArrayList<>());
            for (EngagementComposition c : list) {
                boolean overlap = (c.validUntil() == null || composition.validFrom() == null
                        || composition.validFrom().isBefore(c.validUntil()))
                        && (composition.validUntil() == null || c.validFrom() == null
                        || c.validFrom().isBefore(composition.validUntil()));
                if (overlap) {
                    throw new IllegalStateException("composition '" + composition.id() + "' overlaps '" + c.id()
                            + "' on platform " + platform);
                }
            }
            list.add(composition);
            return this;
        }

        /**
         * The compositions added so far.
         *
         * @return an immutable set of compositions
         */
        public EngagementCompositions build() {
            return new EngagementCompositions(byPlatform);
        }
    }
}
