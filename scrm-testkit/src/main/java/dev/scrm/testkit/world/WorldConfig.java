package dev.scrm.testkit.world;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What synthetic world to generate: its seed, size, time span and brands. The same configuration always
 * yields the same world. Immutable and thread-safe; start from {@link #ofDefaults()} and change fields with
 * the {@code withX} copies.
 *
 * @param seed the random seed
 * @param persons how many persons to create, 10 to 1,000,000 (default {@value #DEFAULT_PERSONS})
 * @param start the first instant of the world, at midnight UTC (default {@link #DEFAULT_START})
 * @param days how many days the world spans, 14 to 366 (default {@value #DEFAULT_DAYS})
 * @param brands the brands, exactly one of them the client brand, 2 to 10 with distinct ids, names, hashtags and
 *     handles (default {@link WorldBrand#defaults()})
 * @param inboundQuestions how many customer questions are addressed to the client brand's handle, 0 to 1,000
 *     (default {@value #DEFAULT_INBOUND_QUESTIONS})
 * @param postsPerPerson the average number of posts and replies per person over the whole span, above 0 and at
 *     most 1,000 (default {@value #DEFAULT_POSTS_PER_PERSON})
 */
public record WorldConfig(long seed, int persons, Instant start, int days, List<WorldBrand> brands, int inboundQuestions,
        double postsPerPerson) {

    /** The default seed. */
    public static final long DEFAULT_SEED = 20_261_125L;
    /** The default number of persons. */
    public static final int DEFAULT_PERSONS = 3_000;
    /** The default first day: Monday 2 November 2026, UTC. */
    public static final Instant DEFAULT_START = Instant.parse("2026-11-02T00:00:00Z");
    /** The default span in days. */
    public static final int DEFAULT_DAYS = 28;
    /** The default number of inbound customer questions. */
    public static final int DEFAULT_INBOUND_QUESTIONS = 8;
    /** The default average number of posts and replies per person. */
    public static final double DEFAULT_POSTS_PER_PERSON = 3.0;

    /**
     * Validates the configuration.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if a field is out of range; the message names the field
     */
    public WorldConfig {
        Objects.requireNonNull(start, "start");
        brands = List.copyOf(Objects.requireNonNull(brands, "brands"));
        if (persons < 10 || persons > 1_000_000) {
            throw new IllegalArgumentException("persons must be within [10, 1000000], was " + persons);
        }
        if (!start.truncatedTo(ChronoUnit.DAYS).equals(start)) {
            throw new IllegalArgumentException("start must be at midnight UTC");
        }
        if (days < 14 || days > 366) {
            throw new IllegalArgumentException("days must be within [14, 366], was " + days);
        }
        if (brands.size() < 2 || brands.size() > 10) {
            throw new IllegalArgumentException("brands must hold 2 to 10 brands, was " + brands.size());
        }
        if (brands.stream().filter(WorldBrand::own).count() != 1) {
            throw new IllegalArgumentException("exactly one brand must be the client brand (own = true)");
        }
        Set<String> seen = new HashSet<>();
        for (WorldBrand b : brands) {
            for (String key : List.of("id:" + b.id(), "name:" + b.name().toLowerCase(java.util.Locale.ROOT),
                    "tag:" + b.hashtag(), "handle:" + b.handle())) {
                if (!seen.add(key)) {
                    throw new IllegalArgumentException("brands must have distinct ids, names, hashtags and handles"
                            + " (duplicate " + key.substring(0, key.indexOf(':')) + ")");
                }
            }
        }
        if (inboundQuestions < 0 || inboundQuestions > 1_000) {
            throw new IllegalArgumentException("inboundQuestions must be within [0, 1000], was " + inboundQuestions);
        }
        if (!(postsPerPerson > 0 && postsPerPerson <= 1_000)) {
            throw new IllegalArgumentException("postsPerPerson must be within (0, 1000], was " + postsPerPerson);
        }
    }

    /**
     * The default world: {@value #DEFAULT_PERSONS} persons over {@value #DEFAULT_DAYS} days with the default brands.
     *
     * @return the default configuration
     */
    public static WorldConfig ofDefaults() {
        return new WorldConfig(DEFAULT_SEED, DEFAULT_PERSONS, DEFAULT_START, DEFAULT_DAYS, WorldBrand.defaults(),
                DEFAULT_INBOUND_QUESTIONS, DEFAULT_POSTS_PER_PERSON);
    }

    /**
     * A copy with another seed.
     *
     * @param value the seed
     * @return the copy
     */
    public WorldConfig withSeed(long value) {
        return new WorldConfig(value, persons, start, days, brands, inboundQuestions, postsPerPerson);
    }

    /**
     * A copy with another number of persons.
     *
     * @param value the number of persons
     * @return the copy
     * @throws IllegalArgumentException if it is out of range
     */
    public WorldConfig withPersons(int value) {
        return new WorldConfig(seed, value, start, days, brands, inboundQuestions, postsPerPerson);
    }

    /**
     * A copy with another span.
     *
     * @param firstDay the first instant, at midnight UTC
     * @param dayCount the number of days
     * @return the copy
     * @throws IllegalArgumentException if either is out of range
     */
    public WorldConfig withSpan(Instant firstDay, int dayCount) {
        return new WorldConfig(seed, persons, firstDay, dayCount, brands, inboundQuestions, postsPerPerson);
    }

    /**
     * A copy with other brands.
     *
     * @param value the brands
     * @return the copy
     * @throws IllegalArgumentException if they are not valid together
     */
    public WorldConfig withBrands(List<WorldBrand> value) {
        return new WorldConfig(seed, persons, start, days, value, inboundQuestions, postsPerPerson);
    }

    /**
     * A copy with another number of inbound customer questions.
     *
     * @param value the number
     * @return the copy
     */
    public WorldConfig withInboundQuestions(int value) {
        return new WorldConfig(seed, persons, start, days, brands, value, postsPerPerson);
    }

    /**
     * A copy with another average number of posts per person.
     *
     * @param value the average
     * @return the copy
     */
    public WorldConfig withPostsPerPerson(double value) {
        return new WorldConfig(seed, persons, start, days, brands, inboundQuestions, value);
    }

    /**
     * The end of the world (exclusive): {@code start + days}.
     *
     * @return the end
     */
    public Instant end() {
        return start.plus(days, ChronoUnit.DAYS);
    }

    /**
     * The client brand.
     *
     * @return the brand with {@code own = true}
     */
    public WorldBrand ownBrand() {
        return brands.stream().filter(WorldBrand::own).findFirst().orElseThrow();
    }
}
