package dev.scrm.testkit.connector;

import dev.scrm.connector.ListeningQuery;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Meta Graph API's dialect for a Facebook Page feed: {@code access_token} as a query parameter, cursor
 * paging with {@code paging.next} links that carry the token (every third page shorter), usage reported as
 * percentages in {@code X-App-Usage} and {@code X-Business-Use-Case-Usage} with the regain time in minutes,
 * throttling as error code 4, and a deleted post answered with code 100, subcode 33 on re-fetch. Dates use
 * the {@code +0000} offset. People are invented. Thread-safe.
 */
public final class MetaGraphSimulator implements PlatformSimulator {

    private static final String PAGE = "1234567890";
    private final String token;

    /**
     * A simulator serving one Page's feed to one access token.
     *
     * @param token the valid Page access token
     */
    public MetaGraphSimulator(String token) {
        this.token = Objects.requireNonNull(token, "token");
    }

    @Override
    public ListeningQuery query() {
        return ListeningQuery.accountPosts(PAGE);
    }

    @Override
    public String nativeId(SimPost post) {
        return PAGE + "_" + (10_158_000_000_000_000L + post.seq());
    }

    @Override
    public boolean isListing(SimRequest request) {
        return request.path().endsWith("/" + PAGE + "/feed");
    }

    @Override
    public boolean authorized(SimRequest request, Instant now) {
        return token.equals(request.param("access_token"));
    }

    @Override
    public SimResponse authFailure() {
        return SimResponse.json(400, "{\"error\":{\"message\":\"Error validating access token\",\"type\":"
                + "\"OAuthException\",\"code\":190,\"error_subcode\":463,\"fbtrace_id\":\"AbCdEf\"}}");
    }

    @Override
    public Map<String, String> rateLimitHeaders(long limit, long remaining, Instant reset, Instant now) {
        long percent = Math.min(100, Math.round(100.0 * (limit - remaining) / limit));
        long minutes = remaining > 0 ? 0 : Math.max(1, (Duration.between(now, reset).toSeconds() + 59) / 60);
        return Map.of("X-App-Usage", "{\"call_count\":" + percent + ",\"total_cputime\":1,\"total_time\":1}",
                "X-Business-Use-Case-Usage", "{\"" + PAGE + "\":[{\"type\":\"pages\",\"call_count\":" + percent
                        + ",\"total_cputime\":1,\"total_time\":1,\"estimated_time_to_regain_access\":" + minutes + "}]}");
    }

    @Override
    public String rateLimitedBody() {
        return "{\"error\":{\"message\":\"(#4) Application request limit reached\",\"type\":\"OAuthException\","
                + "\"is_transient\":true,\"code\":4,\"fbtrace_id\":\"AbCdEf\"}}";
    }

    @Override
    public SimResponse serve(SimRequest request, SimWorld world, Instant now) {
        if (!isListing(request)) {
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
        int limit = Math.min(100, Integer.parseInt(Objects.requireNonNullElse(request.param("limit"), "25")));
        List<SimPost> all = world.newestFirst();
        String after = request.param("after");
        int offset = after == null ? 0 : Integer.parseInt(new String(Base64.getUrlDecoder().decode(after),
                StandardCharsets.UTF_8).substring(2));
        int size = (offset / Math.max(1, limit)) % 3 == 1 ? Math.max(1, limit - 6) : limit;
        int end = Math.min(all.size(), offset + size);
        List<String> data = new ArrayList<>();
        for (SimPost p : all.subList(Math.min(offset, end), end)) {
            String[] author = SimWorld.AUTHORS.get(p.author());
            String created = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ")
                    .format(p.createdAt().atOffset(java.time.ZoneOffset.UTC));
            data.add("{\"id\":\"" + nativeId(p) + "\",\"message\":\"" + MastodonSimulator.escapeJson(p.text())
                    + "\",\"created_time\":\"" + created + "\",\"permalink_url\":\"https://www.facebook.com/" + PAGE
                    + "/posts/" + nativeId(p).substring(PAGE.length() + 1) + "\",\"from\":{\"id\":\"" + (7_000 + p.author())
                    + "\",\"name\":\"" + author[1] + "\"},\"shares\":{\"count\":" + (p.seq() % 3) + "},"
                    + "\"reactions\":{\"data\":[],\"summary\":{\"total_count\":" + (p.seq() % 7) + "}},"
                    + "\"comments\":{\"data\":[],\"summary\":{\"total_count\":" + (p.seq() % 4) + "}}}");
        }
        StringBuilder json = new StringBuilder("{\"data\":[").append(String.join(",", data)).append("],\"paging\":{");
        if (end > offset) {
            String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(("o:" + end)
                    .getBytes(StandardCharsets.UTF_8));
            json.append("\"cursors\":{\"before\":\"b\",\"after\":\"").append(cursor).append('"').append('}');
            if (end < all.size()) {
                String host = Objects.requireNonNullElse(request.header().apply("Host"), "127.0.0.1");
                json.append(",\"next\":\"http://").append(host).append(request.path()).append("?access_token=")
                        .append(token).append("&fields=id%2Cmessage&limit=").append(limit).append("&after=")
                        .append(cursor).append('"');
            }
        }
        json.append("}}");
        return SimResponse.json(200, json.toString());
    }
}
