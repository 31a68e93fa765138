package dev.scrm.core;

import java.nio.charset.StandardCharsets;

/**
 * The platform's own payload for an item, kept verbatim so nothing the mapping left out is lost.
 *
 * @param mediaType the payload's media type, for example {@code application/json}
 * @param body the payload, at most {@link #MAX_LENGTH} characters
 */
public record RawPayload(String mediaType, String body) {

    /** Longest payload kept, in characters. */
    public static final int MAX_LENGTH = 1 << 20;

    /**
     * Validates the payload.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if the media type is blank or the body too long
     */
    public RawPayload {
        Checks.token(mediaType, "mediaType", 128);
        java.util.Objects.requireNonNull(body, "body");
        Checks.optionalText(body, "raw payload", MAX_LENGTH);
    }

    /**
     * A JSON payload.
     *
     * @param json the JSON text
     * @return the payload
     */
    public static RawPayload json(String json) {
        return new RawPayload("application/json", json);
    }

    /**
     * The payload's size in UTF-8 bytes.
     *
     * @return the size
     */
    public int sizeInBytes() {
        return body.getBytes(StandardCharsets.UTF_8).length;
    }

    /** Shows the media type and size only: the body is personal data. */
    @Override
    public String toString() {
        return "RawPayload[" + mediaType + ", " + body.length() + " chars]";
    }
}
