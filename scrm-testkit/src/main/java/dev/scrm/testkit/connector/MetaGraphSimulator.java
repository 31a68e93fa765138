package dev.scrm.testkit.connector;

import dev.scrm.connector.ListeningQuery;
import java.time.Instant;
import java.util.ArrayList;
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
        return GraphDialect.usageHeaders(PAGE, "pages", limit, remaining, reset, now);
    }

    @Override
    public String rateLimitedBody() {
        return "{\"error\":{\"message\":\"(#4) Application request limit reached\",\"type\":\"OAuthException\","
                + "\"is_transient\":true,\"code\":4,\"fbtrace_id\":\"AbCdEf\"}}";
    }

    @Override
    public SimResponse serve(SimRequest request, SimWorld world, Instant now) {
        if (!isListing(request)) {
            return GraphDialect.refetch(request, world, this::nativeId);
        }
        int limit = Math.min(100, Integer.parseInt(Objects.requireNonNullElse(request.param("limit"), "25")));
        List<SimPost> all = world.newestFirst();
        int offset = GraphDialect.offset(request);
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
        String json = "{\"data\":[" + String.join(",", data) + "]," + GraphDialect.paging(request, offset, end,
                all.size(), limit, token, "id%2Cmessage") + "}";
        return SimResponse.json(200, json);
    }
}
