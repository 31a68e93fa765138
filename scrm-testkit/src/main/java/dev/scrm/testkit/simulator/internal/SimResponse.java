package dev.scrm.testkit.simulator.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One HTTP response of a platform API.
 *
 * @param status the status code
 * @param headers the headers, in order
 * @param body the body
 */
public record SimResponse(int status, Map<String, String> headers, String body) {

    /**
     * A JSON response.
     *
     * @param status the status
     * @param json the body
     * @return the response
     */
    public static SimResponse json(int status, String json) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Type", "application/json; charset=utf-8");
        return new SimResponse(status, h, json);
    }

    /**
     * A copy with one more header.
     *
     * @param name the header
     * @param value its value
     * @return the copy
     */
    public SimResponse header(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new SimResponse(status, h, body);
    }
}
