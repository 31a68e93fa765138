package dev.scrm.testkit.identity;

import java.util.Objects;

/**
 * One synthetic account or CRM row with its ground truth. Optional fields are {@code null} when missing.
 * Immutable and thread-safe.
 *
 * @param recordId the record's unique id
 * @param personId the person it belongs to (the ground truth)
 * @param platform the platform id ({@code x}, {@code mastodon}, ..., or {@code crm})
 * @param handle the handle, or {@code null}
 * @param displayName the display name, or {@code null}
 * @param email the e-mail address, or {@code null}
 * @param phone the phone number as written, or {@code null}
 * @param profileUrl the profile URL, or {@code null}
 * @param bio the bio text, or {@code null}
 */
public record SyntheticIdentity(String recordId, String personId, String platform, String handle,
        String displayName, String email, String phone, String profileUrl, String bio) {

    /** The CSV header, in column order. */
    public static final String HEADER = "record_id,person_id,platform,handle,display_name,email,phone,profile_url,bio";

    /**
     * Validates the required parts.
     *
     * @throws NullPointerException if an id or the platform is null
     */
    public SyntheticIdentity {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(platform, "platform");
    }

    /**
     * The record as one CSV line (RFC 4180 quoting where needed), without a line break.
     *
     * @return the line
     */
    public String toCsv() {
        StringBuilder sb = new StringBuilder(160);
        String[] f = {recordId, personId, platform, handle, displayName, email, phone, profileUrl, bio};
        for (int i = 0; i < f.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            String v = f[i];
            if (v == null) {
                continue;
            }
            if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                sb.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(v);
            }
        }
        return sb.toString();
    }
}
