package dev.scrm.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * The identifier of a versioned KPI definition, written {@code name@version}, for example
 * {@code share_of_voice.mentions@1}.
 *
 * <p>The name is lower-case letters, digits, {@code _} and {@code .} (segments separated by dots); the
 * version is a positive integer that changes whenever the definition's formula does. Immutable and
 * thread-safe.
 *
 * @param name the KPI's name, for example {@code share_of_voice.mentions}
 * @param version the definition's version, at least 1
 */
public record KpiId(String name, int version) implements Comparable<KpiId> {

    /**
     * Validates the name and version.
     *
     * @throws IllegalArgumentException if the name has other characters or the version is below 1
     */
    public KpiId {
        Checks.text(name, "KPI name", 128);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'
                    || (c == '.' && i > 0 && i < name.length() - 1 && name.charAt(i - 1) != '.');
            if (!ok) {
                throw new IllegalArgumentException("KPI name may contain only a-z, 0-9, '_' and single dots"
                        + " between segments (bad character at position " + i + ")");
            }
        }
        if (version < 1) {
            throw new IllegalArgumentException("KPI version must be >= 1, was " + version);
        }
    }

    /**
     * The KPI id of a name and a version.
     *
     * @param name the name
     * @param version the version
     * @return the id
     * @throws IllegalArgumentException if either is invalid
     */
    public static KpiId of(String name, int version) {
        return new KpiId(name, version);
    }

    /**
     * Parses {@code name@version}.
     *
     * @param text the text, for example {@code share_of_voice.mentions@1}
     * @return the id
     * @throws IllegalArgumentException if the text is not of that form
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static KpiId parse(String text) {
        Objects.requireNonNull(text, "text");
        int at = text.lastIndexOf('@');
        if (at <= 0 || at == text.length() - 1) {
            throw new IllegalArgumentException("KPI id must be written name@version, for example "
                    + "share_of_voice.mentions@1");
        }
        int version;
        try {
            version = Integer.parseInt(text.substring(at + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("KPI id version must be a whole number", e);
        }
        return new KpiId(text.substring(0, at), version);
    }

    @Override
    public int compareTo(KpiId other) {
        int c = name.compareTo(other.name);
        return c != 0 ? c : Integer.compare(version, other.version);
    }

    /**
     * The {@code name@version} form, as written in JSON.
     *
     * @return the id as text
     */
    @JsonValue
    @Override
    public String toString() {
        return name + "@" + version;
    }
}
