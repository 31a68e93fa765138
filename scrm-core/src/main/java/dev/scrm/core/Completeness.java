package dev.scrm.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Objects;

/**
 * How complete the data behind a {@link Metric} is: the covered fraction and the inputs that were missing.
 * A metric computed from missing inputs is flagged incomplete, never silently zero.
 *
 * @param coverage the fraction of the expected data that was present, within [0, 1]
 * @param missing the names of the inputs that were missing or partial, for example {@code followers}
 */
public record Completeness(double coverage, List<String> missing) {

    private static final Completeness COMPLETE = new Completeness(1.0, List.of());

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if the coverage is outside [0, 1], or 1 while inputs are missing
     */
    public Completeness {
        Checks.probability(coverage, "coverage");
        missing = List.copyOf(Objects.requireNonNull(missing, "missing"));
        if (coverage == 1.0 && !missing.isEmpty()) {
            throw new IllegalArgumentException("coverage cannot be 1 while inputs are missing");
        }
    }

    /**
     * Complete data.
     *
     * @return full coverage, nothing missing
     */
    public static Completeness complete() {
        return COMPLETE;
    }

    /**
     * Whether everything was present.
     *
     * @return true for full coverage
     */
    @JsonIgnore
    public boolean isComplete() {
        return coverage == 1.0;
    }
}
