package dev.scrm.testkit.world;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day on which the world was built to have unusually many mentions of a brand, and why: ground truth for
 * spike detection. Immutable and thread-safe.
 *
 * @param brandId the brand talked about
 * @param day the day (UTC)
 * @param reason a short non-personal explanation, for example {@code campaign launch}
 */
public record PlannedSpike(String brandId, LocalDate day, String reason) {

    /**
     * Validates the spike.
     *
     * @throws NullPointerException if a field is null
     */
    public PlannedSpike {
        Objects.requireNonNull(brandId, "brandId");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(reason, "reason");
    }
}
