package dev.scrm.examples.report;

import java.util.Objects;

/**
 * One KPI as the report shows it: its id, a readable name, the value formatted for display, and its
 * definition.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the KPI definition id, for example {@code share_of_voice.mentions@1}
 * @param name a readable name
 * @param value the value as shown, for example {@code 34.2 %} or {@code UNDEFINED}
 * @param definition the formula in words
 */
public record KpiValue(String id, String name, String value, String definition) {

    /**
     * Validates the value.
     *
     * @throws NullPointerException if a field is null
     */
    public KpiValue {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(definition, "definition");
    }
}
