package dev.scrm.connector;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where a pull stopped: the connector's own cursor state as named string values (for example
 * {@code max_id}, {@code cursor}, {@code newest_id}). Connectors define and read their own names;
 * everybody else treats a checkpoint as opaque and only stores it. Values never hold secrets.
 *
 * <p>Immutable and thread-safe; {@link #toString()} shows the names only.
 *
 * @param values the cursor values, keys sorted
 */
public record Checkpoint(Map<String, String> values) {

    private static final Checkpoint EMPTY = new Checkpoint(Map.of());

    /**
     * Validates and copies the values.
     *
     * @throws NullPointerException if the map, a key or a value is null
     */
    public Checkpoint {
        Objects.requireNonNull(values, "values");
        TreeMap<String, String> copy = new TreeMap<>();
        values.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "key"), Objects.requireNonNull(v, "value")));
        values = Collections.unmodifiableMap(copy);
    }

    /**
     * The checkpoint of a pull that has not started.
     *
     * @return the empty checkpoint
     */
    public static Checkpoint empty() {
        return EMPTY;
    }

    /**
     * One value.
     *
     * @param name the value's name
     * @return the value, or empty when not set
     */
    public Optional<String> value(String name) {
        return Optional.ofNullable(values.get(Objects.requireNonNull(name, "name")));
    }

    /**
     * A copy with one value set, or removed when {@code value} is null.
     *
     * @param name the value's name
     * @param value the value, or {@code null} to remove it
     * @return the copy
     */
    public Checkpoint with(String name, String value) {
        Objects.requireNonNull(name, "name");
        TreeMap<String, String> copy = new TreeMap<>(values);
        if (value == null) {
            copy.remove(name);
        } else {
            copy.put(name, value);
        }
        return new Checkpoint(copy);
    }

    /**
     * Whether no value is set.
     *
     * @return true for the empty checkpoint
     */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** Shows the value names only. */
    @Override
    public String toString() {
        return "Checkpoint" + values.keySet();
    }
}
