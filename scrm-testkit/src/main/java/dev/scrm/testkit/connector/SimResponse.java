package dev.scrm.testkit.connector;

import java.util.Map;
import java.util.Objects;

/**
 * A simulated platform's answer.
 *
 * @param status the HTTP status
 * @param headers the headers
 * @param body the body
 */
public record SimResponse(int status, Map<String, String> headers, String body) {

    /**
     * Validates the response.
     *
     * @throws NullPointerException if a part is null
     */
    public SimResponse {
        headers = Map.copyOf(Objects.requireNonNull(headers, "headers"));
        Objects.requireNonNull(body, "body");
    }

    /**
     * A JSON response.
     *
     * @param status the status
     * @param json the body
     * @return the response
     */
    public static SimResponse json(int status, String json) {
        return new SimResponse(status, Map.of("Content-Type", "application/json; charset=utf-8"), json);
    }

    /**
     * A copy with more headers.
     *
     * @param more the headers to add
     * @return the copy
     */
    public SimResponse withHeaders(Map<String, String> more) {
        java.util.Map<String, String> all = new java.util.LinkedHashMap<>(headers);
        all.putAll(more);
        return new SimResponse(status, all, body);
    }
}
