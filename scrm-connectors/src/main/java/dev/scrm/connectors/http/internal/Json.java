package dev.scrm.connectors.http.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Tolerant reading of platform JSON: unknown fields ignored, missing or mistyped values read as absent. */
public final class Json {

    /** The tolerant mapper for platform payloads. */
    public static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private static final DateTimeFormatter OFFSET_NO_COLON = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");

    private Json() {
    }

    /** The text of a field, or null when missing, null, empty-object or not a scalar. */
    public static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || v.isMissingNode() || v.isContainer()) {
            return null;
        }
        return v.isString() ? v.stringValue() : v.asString();
    }

    /** The text of a field, or null when missing or blank. */
    public static String nonBlank(JsonNode node, String field) {
        String s = text(node, field);
        return s == null || s.isBlank() ? null : s;
    }

    /** A count that may be a number or a numeric string; -1 when absent or unreadable. */
    public static long count(JsonNode node, String field) {
        if (node == null) {
            return -1;
        }
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return -1;
        }
        if (v.isNumber()) {
            return v.asLong();
        }
        if (v.isString()) {
            try {
                return (long) Double.parseDouble(v.stringValue().trim());
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return -1;
    }

    /** A boolean field, false when absent. */
    public static boolean bool(JsonNode node, String field) {
        if (node == null) {
            return false;
        }
        JsonNode v = node.get(field);
        return v != null && v.isBoolean() && v.booleanValue();
    }

    /** An object or array child, or null. */
    public static JsonNode child(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.isMissingNode() ? null : v;
    }

    /** An instant in ISO-8601 (with Z, an offset, or an offset without colon), or null when unreadable. */
    public static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(text, OFFSET_NO_COLON).toInstant();
            } catch (DateTimeParseException e2) {
                try {
                    return Instant.parse(text);
                } catch (DateTimeParseException e3) {
                    return null;
                }
            }
        }
    }

    /** Float epoch seconds (Reddit {@code created_utc}) as an instant, or null. */
    public static Instant epochSeconds(JsonNode node, String field) {
        JsonNode v = child(node, field);
        if (v == null || !(v.isNumber() || v.isString())) {
            return null;
        }
        try {
            double s = v.isNumber() ? v.asDouble() : Double.parseDouble(v.stringValue());
            long whole = (long) Math.floor(s);
            return Instant.ofEpochSecond(whole, (long) ((s - whole) * 1e9));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Serialises a node compactly. */
    public static String write(JsonNode node) {
        return MAPPER.writeValueAsString(node);
    }
}
