package dev.scrm.identity;

import java.util.Objects;

/**
 * The identifier of one input record: the source it came from (a file name, a platform, a CRM) and the
 * record's id within that source. Immutable and thread-safe; ordered by source, then id.
 *
 * @param source the source, 1 to 256 characters
 * @param id the record id within the source, 1 to 512 characters
 */
public record RecordRef(String source, String id) implements Comparable<RecordRef> {

    /**
     * Validates both parts.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if a part is blank or too long
     */
    public RecordRef {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(id, "id");
        if (source.isBlank() || source.length() > 256) {
            throw new IllegalArgumentException("record source must be 1 to 256 characters");
        }
        if (id.isBlank() || id.length() > 512) {
            throw new IllegalArgumentException("record id must be 1 to 512 characters");
        }
    }

    /**
     * A record reference.
     *
     * @param source the source
     * @param id the id within the source
     * @return the reference
     */
    public static RecordRef of(String source, String id) {
        return new RecordRef(source, id);
    }

    @Override
    public int compareTo(RecordRef o) {
        int c = source.compareTo(o.source);
        return c != 0 ? c : id.compareTo(o.id);
    }

    /** Shows the source only: record ids may be personal data. */
    @Override
    public String toString() {
        return "RecordRef[" + source + "]";
    }
}
