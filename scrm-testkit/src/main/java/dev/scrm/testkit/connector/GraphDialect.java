package dev.scrm.testkit.connector;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** What the Facebook and Instagram Graph dialects share: usage headers, cursor paging, re-fetch answers. */
final class GraphDialect {

    private GraphDialect() {
    }

    /** Usage percentages in {@code X-App-Usage} and {@code X-Business-Use-Case-Usage}, regain time in minutes. */
    static Map<String, String> usageHeaders(String account, String type, long limit, long remaining, Instant reset,
            Instant now) {
        long percent = Math.min(100, Math.round(100.0 * (limit - remaining) / limit));
        long minutes = remaining > 0 ? 0 : Math.max(1, (Duration.between(now, reset).toSeconds() + 59) / 60);
        return Map.of("X-App-Usage", "{\"call_count\":" + percent + ",\"total_cputime\":1,\"total_time\":1}",
                "X-Business-Use-Case-Usage", "{\"" + account + "\":[{\"type\":\"" + type + "\",\"call_count\":"
                        + percent + ",\"total_cputime\":1,\"total_time\":1,\"estimated_time_to_regain_access\":"
                        + minutes + "}]}");
    }

    /** The answer to re-fetching one object: its id while the world shows it, else code 100 subcode 33. */
    static SimResponse refetch(SimRequest request, SimWorld world, Function<SimPost, String> nativeId) {
        String object = request.path().substring(request.path().lastIndexOf('/') + 1);
        for (SimPost p : world.newestFirst()) {
            if (nativeId.apply(p).equals(object)) {
                return SimResponse.json(200, "{\"id\":\"" + object + "\"}");
            }
        }
        return SimResponse.json(400, "{\"error\":{\"message\":\"Unsupported get request. Object with ID '"
                + object + "' does not exist\",\"type\":\"GraphMethodException\",\"code\":100,"
                + "\"error_subcode\":33,\"fbtrace_id\":\"AbCdEf\"}}");
    }

    /** The offset an {@code after} cursor points at; 0 for the first page. */
    static int offset(SimRequest request) {
        String after = request.param("after");
        return after == null ? 0 : Integer.parseInt(new String(Base64.getUrlDecoder().decode(after),
                StandardCharsets.UTF_8).substring(2));
    }

    /**
     * The {@code paging} object after a page that ended at {@code end}: cursors, and a {@code next} link carrying
     * the token while items remain.
     */
    static String paging(SimRequest request, int offset, int end, int total, int limit, String token, String fields) {
        StringBuilder json = new StringBuilder("\"paging\":{");
        if (end > offset) {
            String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(("o:" + end)
                    .getBytes(StandardCharsets.UTF_8));
            json.append("\"cursors\":{\"before\":\"b\",\"after\":\"").append(cursor).append("\"}");
            if (end < total) {
                String host = Objects.requireNonNullElse(request.header().apply("Host"), "127.0.0.1");
                json.append(",\"next\":\"http://").append(host).append(request.path()).append("?access_token=")
                        .append(token).append("&fields=").append(fields).append("&limit=").append(limit)
                        .append("&after=").append(cursor).append('"');
            }
        }
        return json.append('}').toString();
    }
}
