package dev.scrm.testkit.world;

import java.time.Instant;
import java.util.Objects;

/**
 * A marketing campaign of the client brand: while it runs, the brand is talked about, searched for and
 * visited more, and some posts carry the campaign hashtag. Immutable and thread-safe.
 *
 * @param id the campaign's id, for example {@code unplugged}
 * @param name its display name
 * @param brandId the brand that runs it
 * @param hashtag its hashtag without {@code #}, lower-case
 * @param start when it starts (inclusive)
 * @param end when it ends (exclusive)
 * @param lift the factor by which the brand's share of conversation grows while it runs, at least 1
 */
public record Campaign(String id, String name, String brandId, String hashtag, Instant start, Instant end,
        double lift) {

    /**
     * Validates the campaign.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if the end is not after the start or the lift is below 1
     */
    public Campaign {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(brandId, "brandId");
        Objects.requireNonNull(hashtag, "hashtag");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("campaign end must be after its start");
        }
        if (!(lift >= 1.0 && Double.isFinite(lift))) {
            throw new IllegalArgumentException("campaign lift must be >= 1, was " + lift);
        }
    }

    /**
     * Whether the campaign runs at this instant.
     *
     * @param at the instant
     * @return whether {@code start <= at < end}
     */
    public boolean runsAt(Instant at) {
        Objects.requireNonNull(at, "at");
        return !at.isBefore(start) && at.isBefore(end);
    }
}
