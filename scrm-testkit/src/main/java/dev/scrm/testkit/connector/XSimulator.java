package dev.scrm.testkit.connector;

import dev.scrm.connector.ListeningQuery;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * X API v2's dialect: {@code /2/tweets/search/recent} with {@code includes.users}, paged by an opaque
 * {@code next_token} (every third page shorter) and caught up with {@code since_id}; deleted posts reported
 * as partial {@code errors[]} of type resource-not-found inside HTTP 200; RFC 7807 problems for failures;
 * {@code x-rate-limit-*} headers with the reset in epoch seconds. People are invented. Thread-safe.
 */
public final class XSimulator implements PlatformSimulator {

    private static final long ID_BASE = 1_860_000_000_000_000_000L;
    private final String term;
    private final String token;

    /**
     * A simulator serving a search term to one bearer token.
     *
     * @param term the search term
     * @param token the valid app-only token
     */
    public XSimulator(String term, String token) {
        this.term = Objects.requireNonNull(term, "term");
        this.token = Objects.requireNonNull(token, "token");
    }

    @Override
    public ListeningQuery query() {
        return ListeningQuery.search(term);
    }

    @Override
    public String nativeId(SimPost post) {
        return Long.toString(ID_BASE + post.seq() * 4096);
    }

    @Override
    public boolean listsDeletions() {
        return true;
    }

    @Override
    public boolean isListing(SimRequest request) {
        return request.path().equals("/2/tweets/search/recent");
    }

    @Override
    public boolean authorized(SimRequest request, Instant now) {
        return ("Bearer " + token).equals(request.header().apply("Authorization"));
    }

    @Override
    public SimResponse authFailure() {
        return SimResponse.json(401, "{\"title\":\"Unauthorized\",\"type\":\"about:blank\",\"status\":401,"
                + "\"detail\":\"Unauthorized\"}");
    }

    @Override
    public Map<String, String> rateLimitHeaders(long limit, long remaining, Instant reset, Instant now) {
        return Map.of("x-rate-limit-limit", Long.toString(limit), "x-rate-limit-remaining", Long.toString(remaining),
                "x-rate-limit-reset", Long.toString(reset.getEpochSecond() + (reset.getNano() > 0 ? 1 : 0)));
    }

    @Override
    public String rateLimitedBody() {
        return "{\"title\":\"Too Many Requests\",\"detail\":\"Too Many Requests\",\"type\":\"about:blank\",\"status\":429}";
    }

    @Override
    public SimResponse serve(SimRequest request, SimWorld world, Instant now) {
        if (!isListing(request)) {
            return SimResponse.json(404, "{\"title\":\"Not Found Error\",\"type\":\"about:blank\",\"status\":404}");
        }
        int limit = Math.min(100, Integer.parseInt(Objects.requireNonNullElse(request.param("max_results"), "10")));
        List<SimPost> all = world.allNewestFirst();
        String since = request.param("since_id");
        if (since != null) {
            long s = Long.parseLong(since);
            all.removeIf(p -> Long.parseLong(nativeId(p)) <= s);
        }
        String next = request.param("next_token");
        int offset = next == null ? 0 : Integer.parseInt(new String(Base64.getUrlDecoder().decode(next),
                StandardCharsets.UTF_8).substring(2));
        int size = (offset / Math.max(1, limit)) % 3 == 1 ? Math.max(10, limit - 13) : limit;
        int end = Math.min(all.size(), offset + size);
        List<String> data = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Set<Integer> authors = new LinkedHashSet<>();
        for (SimPost p : all.subList(Math.min(offset, end), end)) {
            if (world.isDeleted(p.seq())) {
                errors.add("{\"resource_id\":\"" + nativeId(p) + "\",\"parameter\":\"ids\",\"resource_type\":\"tweet\","
                        + "\"title\":\"Not Found Error\",\"value\":\"" + nativeId(p) + "\",\"detail\":\"Could not find"
                        + " tweet.\",\"type\":\"https://api.twitter.com/2/problems/resource-not-found\"}");
                continue;
            }
            authors.add(p.author());
            String reply = p.replyTo() > 0 ? ",\"referenced_tweets\":[{\"type\":\"replied_to\",\"id\":\""
                    + nativeId(new SimPost(p.replyTo(), 0, "", p.createdAt(), -1)) + "\"}]" : "";
            data.add("{\"id\":\"" + nativeId(p) + "\",\"text\":\"" + MastodonSimulator.escapeJson(p.text())
                    + "\",\"author_id\":\"" + (4_000_000 + p.author()) + "\",\"conversation_id\":\"" + nativeId(p)
                    + "\",\"created_at\":\"" + p.createdAt() + "\",\"lang\":\"en\"" + reply
                    + ",\"public_metrics\":{\"retweet_count\":" + (p.seq() % 3) + ",\"reply_count\":" + (p.seq() % 4)
                    + ",\"like_count\":" + (p.seq() % 7) + ",\"quote_count\":0},\"edit_history_tweet_ids\":[\""
                    + nativeId(p) + "\"]}");
        }
        List<String> users = new ArrayList<>();
        for (int a : authors) {
            String[] person = SimWorld.AUTHORS.get(a);
            users.add("{\"id\":\"" + (4_000_000 + a) + "\",\"username\":\"" + person[0] + "_example\",\"name\":\""
                    + person[1] + "\",\"public_metrics\":{\"followers_count\":" + (10 + a)
                    + ",\"following_count\":3},\"verified\":false,\"protected\":false}");
        }
        StringBuilder json = new StringBuilder("{");
        if (!data.isEmpty()) {
            json.append("\"data\":[").append(String.join(",", data)).append("],\"includes\":{\"users\":[")
                    .append(String.join(",", users)).append("]},");
        }
        if (!errors.isEmpty()) {
            json.append("\"errors\":[").append(String.join(",", errors)).append("],");
        }
        json.append("\"meta\":{\"result_count\":").append(data.size());
        if (offset < end) {
            json.append(",\"newest_id\":\"").append(nativeId(all.get(offset))).append('"');
            json.append(",\"oldest_id\":\"").append(nativeId(all.get(end - 1))).append('"');
        }
        if (end < all.size()) {
            json.append(",\"next_token\":\"").append(Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(("o:" + end).getBytes(StandardCharsets.UTF_8))).append('"');
        }
        json.append("}}");
        return SimResponse.json(200, json.toString());
    }
}
