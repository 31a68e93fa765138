package dev.scrm.testkit.connector;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the Facebook and Instagram Graph dialects share: {@code access_token} as a query parameter, usage
 * percentages in {@code X-App-Usage} and {@code X-Business-Use-Case-Usage} with the regain time in minutes, cursor
 * paging with {@code paging.next} links that carry the token, code 190 for a refused token, and code 100 subcode
 * 33 when a deleted object is fetched again. A subclass names its listing, renders one item and says which pages
 * come back short. Thread-safe.
 */
abstract class GraphSimulator implements PlatformSimulator {

    private final String token;
    private final String account;
    private final String usageType;
    private final String fields;

    /**
     * A dialect serving one object's listing to one access token.
     *
     * @param token the valid access token
     * @param account the id the business-use-case usage is reported for
     * @param usageType the business-use-case type, for example {@code pages}
     * @param fields the URL-encoded {@code fields} the next links carry
     */
    GraphSimulator(String token, String account, String usageType, String fields) {
        this.token = Objects.requireNonNull(token, "token");
        this.account = account;
        this.usageType = usageType;
        this.fields = fields;
    }

    /**
     * The items of one listing page.
     *
     * @param page the page's number, from 0
     * @param limit the {@code limit} asked for
     * @return how many items the page holds
     */
    abstract int pageSize(int page, int limit);

    /**
     * One item of the listing as Graph renders it.
     *
     * @param post the post
     * @return the JSON object
     */
    abstract String item(SimPost post);

    @Override
    public final boolean authorized(SimRequest request, Instant now) {
        return token.equals(request.param("access_token"));
    }

    /**
     * Graph's answer to a refused token: an {@code OAuthException} with code 190.
     *
     * @param subcode the error subcode
     * @param trace the {@code fbtrace_id}
     * @return the response
     */
    static SimResponse tokenRefused(int subcode, String trace) {
        return SimResponse.json(400, "{\"error\":{\"message\":\"Error validating access token\",\"type\":"
                + "\"OAuthException\",\"code\":190,\"error_subcode\":" + subcode + ",\"fbtrace_id\":\"" + trace
                + "\"}}");
    }

    @Override
    public final Map<String, String> rateLimitHeaders(long limit, long remaining, Instant reset, Instant now) {
        long percent = Math.min(100, Math.round(100.0 * (limit - remaining) / limit));
        long minutes = remaining > 0 ? 0 : Math.max(1, (Duration.between(now, reset).toSeconds() + 59) / 60);
        return Map.of("X-App-Usage", "{\"call_count\":" + percent + ",\"total_cputime\":1,\"total_time\":1}",
                "X-Business-Use-Case-Usage", "{\"" + account + "\":[{\"type\":\"" + usageType + "\",\"call_count\":"
                        + percent + ",\"total_cputime\":1,\"total_time\":1,\"estimated_time_to_regain_access\":"
                        + minutes + "}]}");
    }

    @Override
    public final SimResponse serve(SimRequest request, SimWorld world, Instant now) {
        if (!isListing(request)) {
            return refetch(request, world);
        }
        int limit = Math.min(100, Integer.parseInt(Objects.requireNonNullElse(request.param("limit"), "25")));
        List<SimPost> all = world.newestFirst();
        int offset = offset(request);
        int end = Math.min(all.size(), offset + pageSize(offset / Math.max(1, limit), limit));
        List<String> data = new ArrayList<>();
        for (SimPost p : all.subList(Math.min(offset, end), end)) {
            data.add(item(p));
        }
        return SimResponse.json(200, "{\"data\":[" + String.join(",", data) + "]," + paging(request, offset, end,
                all.size(), limit) + "}");
    }

    /** The answer to re-fetching one object: its id while the world shows it, else code 100 subcode 33. */
    private SimResponse refetch(SimRequest request, SimWorld world) {
        String object = request.path().substring(request.path().lastIndexOf('/') + 1);
        for (SimPost p : world.newestFirst()) {
            if (nativeId(p).equals(object)) {
                return SimResponse.json(200, "{\"id\":\"" + object + "\"}");
            }
        }
        return SimResponse.json(400, "{\"error\":{\"message\":\"Unsupported get request. Object with ID '"
                + object + "' does not exist\",\"type\":\"GraphMethodException\",\"code\":100,"
                + "\"error_subcode\":33,\"fbtrace_id\":\"AbCdEf\"}}");
    }

    /** The offset an {@code after} cursor points at; 0 for the first page. */
    private static int offset(SimRequest request) {
        String after = request.param("after");
        return after == null ? 0 : Integer.parseInt(new String(Base64.getUrlDecoder().decode(after),
                StandardCharsets.UTF_8).substring(2));
    }

    /**
     * The {@code paging} object after a page that ended at {@code end}: cursors, and a {@code next} link carrying
     * the token while items remain.
     */
    private String paging(SimRequest request, int offset, int end, int total, int limit) {
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
