package dev.scrm.testkit.connector;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One HTTP request as a {@link PlatformSimulator} sees it.
 *
 * @param method the method
 * @param path the decoded path
 * @param query the query parameters, each with its values in order
 * @param header looks a header up by name, case-insensitively; null when absent
 * @param body the request body, empty when none
 */
public record SimRequest(String method, String path, Map<String, List<String>> query,
        Function<String, String> header, String body) {

    /**
     * Validates the request.
     *
     * @throws NullPointerException if a part is null
     */
    public SimRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        query = Map.copyOf(Objects.requireNonNull(query, "query"));
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(body, "body");
    }

    /**
     * The first value of a query parameter.
     *
     * @param name the name
     * @return the value, or null
     */
    public String param(String name) {
        List<String> v = query.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }
}
