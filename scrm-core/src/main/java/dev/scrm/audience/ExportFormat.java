package dev.scrm.audience;

/**
 * The file format of a segment export ({@link Audience#export(ExportRequest, Appendable)}). Immutable and
 * thread-safe.
 */
public enum ExportFormat {
    /**
     * RFC 4180 CSV with a header row {@code customer_id,stage,<attributes…>}, CRLF line ends; a cell that
     * starts with {@code = + - @}, a tab or a carriage return is prefixed with {@code '} so spreadsheets do not
     * run it as a formula.
     */
    CSV,
    /**
     * JSON Lines: one object per customer, {@code {"customer_id":…,"stage":…,"attributes":{…}}}, attributes
     * the customer lacks left out.
     */
    JSON_LINES
}
