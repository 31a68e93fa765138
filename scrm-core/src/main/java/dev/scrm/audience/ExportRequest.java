package dev.scrm.audience;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What to export from a segment, for which purpose, in which format. Only members whose consent
 * {@link dev.scrm.core.Consent#allows(String) allows} the purpose are written. Immutable and thread-safe.
 *
 * @param segment the segment
 * @param purpose the purpose of processing, for example {@link dev.scrm.core.Consent#MARKETING}
 * @param format the format
 * @param attributes the customer attributes to include as columns, in order, no duplicates
 */
public record ExportRequest(SegmentId segment, String purpose, ExportFormat format, List<String> attributes) {

    /**
     * Validates and copies the parts.
     *
     * @throws IllegalArgumentException if the purpose is not a valid consent purpose, an attribute name is blank,
     *     or an attribute repeats
     *     or is named {@code customer_id} or {@code stage}
     */
    public ExportRequest {
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(purpose, "purpose");
        if (purpose.isBlank()) {
            throw new IllegalArgumentException("export purpose must not be blank");
        }
        purpose = purpose.toLowerCase(Locale.ROOT);
        dev.scrm.core.Consent.none().allows(purpose); // rejects a malformed purpose
        Objects.requireNonNull(format, "format");
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        for (String a : Objects.requireNonNull(attributes, "attributes")) {
            Objects.requireNonNull(a, "attribute");
            if (a.isBlank() || a.equals("customer_id") || a.equals("stage")) {
                throw new IllegalArgumentException("export attribute " + (seen.size() + 1)
                        + " must be a non-blank name other than customer_id and stage");
            }
            if (!seen.add(a)) {
                throw new IllegalArgumentException("export attribute " + (seen.size() + 1) + " is repeated");
            }
        }
        attributes = List.copyOf(new ArrayList<>(seen));
    }

    /**
     * An export of a segment for a purpose.
     *
     * @param segment the segment
     * @param purpose the purpose
     * @param format the format
     * @param attributes the attribute columns
     * @return the request
     */
    public static ExportRequest of(SegmentId segment, String purpose, ExportFormat format, String... attributes) {
        return new ExportRequest(segment, purpose, format, List.of(attributes));
    }
}
