package dev.scrm.connectors.http.internal;

import okhttp3.Headers;
import tools.jackson.databind.JsonNode;

/** Decides how a platform's response is handled; each connector has one that knows its error shapes. */
@FunctionalInterface
public interface ErrorClassifier {

    /**
     * Classifies a response.
     *
     * @param status the HTTP status
     * @param body the parsed body, or null when empty or not JSON
     * @param headers the headers
     * @return the verdict
     */
    Verdict classify(int status, JsonNode body, Headers headers);

    /** The common HTTP defaults: 2xx ok, 404/410 not found, 401 expired, 403 invalid, 408/429/5xx transient. */
    static Verdict byStatus(int status) {
        if (status >= 200 && status < 300) {
            return Verdict.of(Verdict.Kind.OK);
        }
        return switch (status) {
            case 404, 410 -> Verdict.of(Verdict.Kind.NOT_FOUND, "not found");
            case 401 -> Verdict.of(Verdict.Kind.AUTH_EXPIRED, "unauthorized");
            case 403 -> Verdict.of(Verdict.Kind.INVALID, "forbidden");
            case 429 -> Verdict.of(Verdict.Kind.RATE_LIMITED, "rate limited");
            case 408, 500, 502, 503, 504, 520, 522, 524 -> Verdict.of(Verdict.Kind.TRANSIENT, "server error");
            default -> status >= 500 ? Verdict.of(Verdict.Kind.TRANSIENT, "server error")
                    : Verdict.of(Verdict.Kind.INVALID, "request refused");
        };
    }
}
