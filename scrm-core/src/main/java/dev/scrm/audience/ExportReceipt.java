package dev.scrm.audience;

import java.util.Objects;

/**
 * What an export wrote: how many members were exported and how many were left out because their consent
 * does not allow the purpose. Immutable and thread-safe.
 *
 * @param segment the segment
 * @param purpose the purpose
 * @param exported members written
 * @param withheld members left out for lack of consent
 */
public record ExportReceipt(SegmentId segment, String purpose, long exported, long withheld) {

    /** Validates the parts. */
    public ExportReceipt {
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(purpose, "purpose");
        if (exported < 0 || withheld < 0) {
            throw new IllegalArgumentException("export counts must be >= 0");
        }
    }
}
