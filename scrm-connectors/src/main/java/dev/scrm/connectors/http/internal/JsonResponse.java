package dev.scrm.connectors.http.internal;

import okhttp3.Headers;
import tools.jackson.databind.JsonNode;

/**
 * A response the transport accepted: its status, headers, parsed body and raw text.
 *
 * @param status the HTTP status
 * @param headers the headers
 * @param body the parsed body, or null for a not-found response without JSON
 * @param raw the body text
 * @param missing whether the connector's classifier judged the object missing
 */
public record JsonResponse(int status, Headers headers, JsonNode body, String raw, boolean missing) {

    /** Whether the platform reported the object as missing. */
    public boolean notFound() {
        return missing;
    }
}
