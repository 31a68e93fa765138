package dev.scrm.testkit.connector;

import dev.scrm.connector.ListeningQuery;
import dev.scrm.connector.QueryKind;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reddit's dialect: client-credentials tokens at {@code /api/v1/access_token} (HTTP Basic, tokens living one
 * simulated hour), {@code /r/{sub}/comments} Listings paged with {@code after} and {@code before} fullnames
 * (every third page shorter), deleted comments kept in listings as {@code [deleted]}, and
 * {@code X-Ratelimit-*} headers with a float remaining count and a reset in seconds. People are invented.
 * Thread-safe.
 */
public final class RedditSimulator implements PlatformSimulator {

    private final String subreddit;
    private final String clientId;
    private final String clientSecret;
    private final AtomicInteger tokens = new AtomicInteger();
    private volatile String access = "";
    private volatile Instant accessExpiry = Instant.MIN;

    /**
     * A simulator serving one subreddit's comments to one OAuth client.
     *
     * @param subreddit the subreddit
     * @param clientId the client id
     * @param clientSecret its valid secret
     */
    public RedditSimulator(String subreddit, String clientId, String clientSecret) {
        this.subreddit = Objects.requireNonNull(subreddit, "subreddit");
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
    }

    @Override
    public ListeningQuery query() {
        return new ListeningQuery(QueryKind.COMMENTS, subreddit);
    }

    @Override
    public String nativeId(SimPost post) {
        return "t1_" + Long.toString(post.seq() + 1_000_000, 36);
    }

    @Override
    public boolean listsDeletions() {
        return true;
    }

    @Override
    public boolean isListing(SimRequest request) {
        return request.path().equals("/r/" + subreddit + "/comments");
    }

    @Override
    public boolean authorized(SimRequest request, Instant now) {
        if (request.path().equals("/api/v1/access_token")) {
            return true;
        }
        String auth = request.header().apply("Authorization");
        return auth != null && auth.equals("Bearer " + access);
    }

    @Override
    public SimResponse authFailure() {
        return SimResponse.json(401, "{\"message\": \"Unauthorized\", \"error\": 401}");
    }

    @Override
    public Map<String, String> rateLimitHeaders(long limit, long remaining, Instant reset, Instant now) {
        long seconds = Math.max(0, Duration.between(now, reset).toSeconds());
        return Map.of("X-Ratelimit-Used", Long.toString(limit - remaining), "X-Ratelimit-Remaining", remaining + ".0",
                "X-Ratelimit-Reset", Long.toString(seconds));
    }

    @Override
    public String rateLimitedBody() {
        return "{\"message\": \"Too Many Requests\", \"error\": 429}";
    }

    @Override
    public SimResponse serve(SimRequest request, SimWorld world, Instant now) {
        if (request.path().equals("/api/v1/access_token")) {
            String expected = "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + clientSecret)
                    .getBytes(StandardCharsets.UTF_8));
            if (!expected.equals(request.header().apply("Authorization"))) {
                return SimResponse.json(401, "{\"message\": \"Unauthorized\", \"error\": 401}");
            }
            access = "reddit-access-" + tokens.incrementAndGet();
            accessExpiry = now.plus(Duration.ofHours(1));
            return SimResponse.json(200, "{\"access_token\": \"" + access + "\", \"token_type\": \"bearer\","
                    + " \"expires_in\": 3600, \"scope\": \"*\"}");
        }
        if (now.isAfter(accessExpiry)) {
            return authFailure();
        }
        if (!isListing(request)) {
            return SimResponse.json(404, "{\"message\": \"Not Found\", \"error\": 404}");
        }
        int limit = Math.min(100, Integer.parseInt(Objects.requireNonNullElse(request.param("limit"), "25")));
        List<SimPost> all = world.allNewestFirst();
        List<SimPost> page = new ArrayList<>();
        String after = request.param("after");
        String before = request.param("before");
        boolean moreBeyond;
        if (before != null) {
            List<SimPost> newer = new ArrayList<>();
            for (SimPost p : all) {
                if (nativeId(p).equals(before)) {
                    break;
                }
                newer.add(p);
            }
            int from = Math.max(0, newer.size() - limit);
            page.addAll(newer.subList(from, newer.size()));
            moreBeyond = from > 0;
        } else {
            int start = 0;
            if (after != null) {
                start = all.size();
                for (int i = 0; i < all.size(); i++) {
                    if (nativeId(all.get(i)).equals(after)) {
                        start = i + 1;
                        break;
                    }
                }
            }
            int size = (start / Math.max(1, limit)) % 3 == 1 ? Math.max(1, limit - 11) : limit;
            int end = Math.min(all.size(), start + size);
            page.addAll(all.subList(start, end));
            moreBeyond = end < all.size();
        }
        StringBuilder json = new StringBuilder("{\"kind\": \"Listing\", \"data\": {\"after\": ");
        json.append(before == null && moreBeyond && !page.isEmpty() ? "\"" + nativeId(page.get(page.size() - 1)) + "\""
                : "null");
        json.append(", \"before\": ").append(before != null && moreBeyond && !page.isEmpty()
                ? "\"" + nativeId(page.get(0)) + "\"" : "null");
        json.append(", \"dist\": ").append(page.size()).append(", \"modhash\": \"\", \"children\": [");
        for (int i = 0; i < page.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append(comment(page.get(i), world.isDeleted(page.get(i).seq())));
        }
        json.append("]}}");
        return SimResponse.json(200, json.toString());
    }

    private String comment(SimPost p, boolean deleted) {
        String[] author = SimWorld.AUTHORS.get(p.author());
        String parent = p.replyTo() > 0 ? nativeId(new SimPost(p.replyTo(), 0, "", p.createdAt(), -1)) : "t3_acmethread";
        return "{\"kind\": \"t1\", \"data\": {\"subreddit\": \"" + subreddit + "\", \"id\": \"" + nativeId(p).substring(3)
                + "\", \"name\": \"" + nativeId(p) + "\", \"author\": \"" + (deleted ? "[deleted]" : "test_" + author[0])
                + "\"" + (deleted ? "" : ", \"author_fullname\": \"t2_" + author[0] + "01\"")
                + ", \"body\": \"" + (deleted ? "[deleted]" : MastodonSimulator.escapeJson(p.text()))
                + "\", \"parent_id\": \"" + parent + "\", \"link_id\": \"t3_acmethread\", \"score\": " + (p.seq() % 9)
                + ", \"ups\": " + (p.seq() % 9) + ", \"edited\": false, \"created_utc\": "
                + p.createdAt().getEpochSecond() + ".0, \"permalink\": \"/r/" + subreddit
                + "/comments/acmethread/t/" + nativeId(p).substring(3) + "/\"}}";
    }
}
