package dev.scrm.testkit.simulator.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One HTTP request as a platform API sees it.
 *
 * @param method the HTTP method, upper case
 * @param path the decoded path
 * @param query the decoded query parameters, in order
 * @param header reads a header by name (case-insensitive), null when absent
 * @param body the request body, empty when none
 * @param baseUrl the simulator's base URL without a trailing slash
 */
public record SimRequest(String method, String path, Map<String, List<String>> query, Function<String, String> header,
        String body, String baseUrl) {

    /**
     * The first value of a query parameter.
     *
     * @param name the parameter
     * @return the value, or null
     */
    public String param(String name) {
        List<String> v = query.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    /**
     * All values of a query parameter.
     *
     * @param name the parameter
     * @return the values, empty when absent
     */
    public List<String> params(String name) {
        return query.getOrDefault(name, List.of());
    }

    /**
     * Whether the request carries a bearer or basic token.
     *
     * @return whether an {@code Authorization} header is present and not blank
     */
    public boolean authorized() {
        String a = header.apply("Authorization");
        return a != null && !a.isBlank();
    }
}
