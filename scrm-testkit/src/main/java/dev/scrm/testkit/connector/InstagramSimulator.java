package dev.scrm.testkit.connector;

import dev.scrm.connector.ListeningQuery;
import dev.scrm.connector.QueryKind;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Instagram Graph API's dialect for the comments under one media object: {@code access_token} as a query
 * parameter, cursor paging with {@code paging.next} links that carry the token (every fourth page shorter),
 * authors as {@code username} plus {@code from{id,username}}, usage reported in {@code X-App-Usage} and
 * {@code X-Business-Use-Case-Usage} (type {@code instagram}) with the regain time in minutes, throttling as error
 * code 80002, and a deleted comment answered with code 100, subcode 33 on re-fetch. Dates use the {@code +0000}
 * offset. People are invented. Thread-safe.
 */
public final class InstagramSimulator implements PlatformSimulator {

    private static final String MEDIA = "17900000000000003";
    private static final String ACCOUNT = "17841400000000001";
    private static final DateTimeFormatter GRAPH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");
    private final String token;

    /**
     * A simulator serving one media object's comments to one access token.
     *
     * @param token the valid access token
     */
    public InstagramSimulator(String token) {
        this.token = Objects.requireNonNull(token, "token");
    }

    @Override
    public ListeningQuery query() {
        return new ListeningQuery(QueryKind.COMMENTS, MEDIA);
    }

    @Override
    public String nativeId(SimPost post) {
        return Long.toString(17_870_000_000_000_000L + post.seq());
    }

    @Override
    public boolean isListing(SimRequest request) {
        return request.path().endsWith("/" + MEDIA + "/comments");
    }

    @Override
    public boolean authorized(SimRequest request, Instant now) {
        return token.equals(request.param("access_token"));
    }

    @Override
    public SimResponse authFailure() {
        return SimResponse.json(400, "{\"error\":{\"message\":\"Error validating access token\",\"type\":"
                + "\"OAuthException\",\"code\":190,\"error_subcode\":460,\"fbtrace_id\":\"IgTrace\"}}");
    }

    @Override
    public Map<String, String> rateLimitHeaders(long limit, long remaining, Instant reset, Instant now) {
        return GraphDialect.usageHeaders(ACCOUNT, "instagram", limit, remaining, reset, now);
    }

    @Override
    public String rateLimitedBody() {
        return "{\"error\":{\"message\":\"(#80002) There have been too many calls to this Instagram account.\","
                + "\"type\":\"OAuthException\",\"code\":80002,\"fbtrace_id\":\"IgTrace\"}}";
    }

    @Override
    public SimResponse serve(SimRequest request, SimWorld world, Instant now) {
        if (!isListing(request)) {
            return GraphDialect.refetch(request, world, this::nativeId);
        }
        int limit = Math.min(100, Integer.parseInt(Objects.requireNonNullElse(request.param("limit"), "25")));
        List<SimPost> all = world.newestFirst();
        int offset = GraphDialect.offset(request);
        int size = (offset / Math.max(1, limit)) % 4 == 3 ? Math.max(1, limit / 2) : limit;
        int end = Math.min(all.size(), offset + size);
        List<String> data = new ArrayList<>();
        for (SimPost p : all.subList(Math.min(offset, end), end)) {
            String handle = SimWorld.AUTHORS.get(p.author())[0].toLowerCase(java.util.Locale.ROOT)
                    .replaceAll("[^a-z0-9._]", "_");
            data.add("{\"id\":\"" + nativeId(p) + "\",\"text\":\"" + MastodonSimulator.escapeJson(p.text())
                    + "\",\"timestamp\":\"" + GRAPH_TIME.format(p.createdAt().atOffset(ZoneOffset.UTC))
                    + "\",\"username\":\"" + handle + "\",\"like_count\":" + (p.seq() % 5) + ",\"from\":{\"id\":\""
                    + (17_841_400_000_100_000L + p.author()) + "\",\"username\":\"" + handle + "\"}}");
        }
        String json = "{\"data\":[" + String.join(",", data) + "]," + GraphDialect.paging(request, offset, end,
                all.size(), limit, token, "id%2Ctext") + "}";
        return SimResponse.json(200, json);
    }
}
