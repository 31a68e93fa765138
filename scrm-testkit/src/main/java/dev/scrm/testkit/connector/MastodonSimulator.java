package dev.scrm.testkit.connector;

import dev.scrm.connector.ListeningQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Mastodon server's dialect: {@code /api/v1/timelines/tag/:tag} paged with {@code max_id} and
 * {@code min_id}, RFC 8288 {@code Link} headers (none on an empty page), every third page shorter than
 * asked, {@code X-RateLimit-*} headers with an ISO-8601 reset, status re-fetch for deletions, and bearer
 * tokens. Statuses follow the Mastodon Status entity; people are invented. Thread-safe.
 */
public final class MastodonSimulator implements PlatformSimulator {

    private static final long ID_BASE = 110_000_000_000_000_000L;
    private final String tag;
    private final String token;

    /**
     * A simulator serving a hashtag and accepting one token.
     *
     * @param tag the hashtag
     * @param token the valid access token
     */
    public MastodonSimulator(String tag, String token) {
        this.tag = Objects.requireNonNull(tag, "tag");
        this.token = Objects.requireNonNull(token, "token");
    }

    @Override
    public ListeningQuery query() {
        return ListeningQuery.hashtag(tag);
    }

    @Override
    public String nativeId(SimPost post) {
        return statusUri("https://mastodon.example", post);
    }

    @Override
    public boolean isListing(SimRequest request) {
        return request.path().equals("/api/v1/timelines/tag/" + tag);
    }

    @Override
    public boolean authorized(SimRequest request, Instant now) {
        String auth = request.header().apply("Authorization");
        return auth == null || auth.equals("Bearer " + token);
    }

    @Override
    public SimResponse authFailure() {
        return SimResponse.json(401, "{\"error\":\"The access token is invalid\"}");
    }

    @Override
    public Map<String, String> rateLimitHeaders(long limit, long remaining, Instant reset, Instant now) {
        return Map.of("X-RateLimit-Limit", Long.toString(limit), "X-RateLimit-Remaining", Long.toString(remaining),
                "X-RateLimit-Reset", reset.toString());
    }

    @Override
    public String rateLimitedBody() {
        return "{\"error\":\"Too many requests\"}";
    }

    /**
     * The Mastodon status id of a post.
     *
     * @param seq the post's sequence number
     * @return the id
     */
    public static String statusId(long seq) {
        return Long.toString(ID_BASE + seq * 1000);
    }

    /**
     * The status URI (the interaction's native id) of a post.
     *
     * @param base the server's base URL
     * @param post the post
     * @return the URI
     */
    public static String statusUri(String base, SimPost post) {
        return base + "/users/" + SimWorld.AUTHORS.get(post.author())[0] + "/statuses/" + statusId(post.seq());
    }

    @Override
    public SimResponse serve(SimRequest request, SimWorld world, Instant now) {
        String base = "https://mastodon.example";
        if (isListing(request)) {
            int limit = Math.min(40, Integer.parseInt(Objects.requireNonNullElse(request.param("limit"), "20")));
            List<SimPost> all = world.newestFirst();
            List<SimPost> page = new ArrayList<>();
            String maxId = request.param("max_id");
            String minId = request.param("min_id");
            if (minId != null) {
                long min = Long.parseLong(minId);
                List<SimPost> newer = new ArrayList<>();
                for (SimPost p : all) {
                    if (Long.parseLong(statusId(p.seq())) > min) {
                        newer.add(p);
                    }
                }
                int from = Math.max(0, newer.size() - limit);
                page.addAll(newer.subList(from, newer.size()));
            } else {
                long max = maxId == null ? Long.MAX_VALUE : Long.parseLong(maxId);
                for (SimPost p : all) {
                    if (Long.parseLong(statusId(p.seq())) < max) {
                        page.add(p);
                    }
                }
                int size = limit;
                if (maxId != null && (Long.parseLong(maxId) / 1000) % 3 == 0) {
                    size = Math.max(1, limit - 7);
                }
                page = new ArrayList<>(page.subList(0, Math.min(size, page.size())));
            }
            StringBuilder json = new StringBuilder("[");
            for (int i = 0; i < page.size(); i++) {
                if (i > 0) {
                    json.append(',');
                }
                json.append(status(base, page.get(i)));
            }
            json.append(']');
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", "application/json; charset=utf-8");
            if (!page.isEmpty()) {
                String self = "http://127.0.0.1/api/v1/timelines/tag/" + tag;
                headers.put("Link", "<" + self + "?max_id=" + statusId(page.get(page.size() - 1).seq())
                        + ">; rel=\"next\", <" + self + "?min_id=" + statusId(page.get(0).seq()) + ">; rel=\"prev\"");
            }
            return new SimResponse(200, headers, json.toString());
        }
        if (request.path().startsWith("/api/v1/statuses/")) {
            String id = request.path().substring("/api/v1/statuses/".length());
            long seq = (Long.parseLong(id) - ID_BASE) / 1000;
            SimPost p = world.post(seq);
            if (p == null || world.isDeleted(seq)) {
                return SimResponse.json(404, "{\"error\":\"Record not found\"}");
            }
            return SimResponse.json(200, status(base, p));
        }
        return SimResponse.json(404, "{\"error\":\"Record not found\"}");
    }

    private static String status(String base, SimPost p) {
        String[] author = SimWorld.AUTHORS.get(p.author());
        String accountId = Long.toString(109_000_000_000_000_000L + p.author());
        String reply = p.replyTo() > 0 ? "\"" + statusId(p.replyTo()) + "\"" : "null";
        String replyAccount = p.replyTo() > 0 ? "\"" + accountId + "\"" : "null";
        return "{\"id\":\"" + statusId(p.seq()) + "\",\"created_at\":\"" + p.createdAt() + "\","
                + "\"in_reply_to_id\":" + reply + ",\"in_reply_to_account_id\":" + replyAccount + ","
                + "\"sensitive\":false,\"spoiler_text\":\"\",\"visibility\":\"public\",\"language\":\"en\","
                + "\"uri\":\"" + statusUri(base, p) + "\",\"url\":\"" + base + "/@" + author[0] + "/" + statusId(p.seq())
                + "\",\"replies_count\":" + (p.seq() % 4) + ",\"reblogs_count\":" + (p.seq() % 3)
                + ",\"favourites_count\":" + (p.seq() % 7) + ",\"quotes_count\":0,\"edited_at\":null,"
                + "\"content\":\"<p>" + escape(p.text()) + " <a href=\\\"" + base + "/tags/acme\\\" class=\\\"mention hashtag\\\""
                + " rel=\\\"tag\\\">#<span>acme</span></a></p>\",\"reblog\":null,"
                + "\"account\":{\"id\":\"" + accountId + "\",\"username\":\"" + author[0] + "\",\"acct\":\"" + author[0]
                + "\",\"display_name\":\"" + author[1] + "\",\"locked\":false,\"bot\":false,\"discoverable\":true,"
                + "\"indexable\":true,\"group\":false,\"created_at\":\"2024-01-01T00:00:00.000Z\","
                + "\"note\":\"<p>Invented test person</p>\",\"url\":\"" + base + "/@" + author[0] + "\",\"uri\":\""
                + base + "/users/" + author[0] + "\",\"followers_count\":" + (10 + p.author())
                + ",\"following_count\":5,\"statuses_count\":42,\"noindex\":false,\"fields\":[]},"
                + "\"media_attachments\":[],\"mentions\":[],\"tags\":[{\"name\":\"acme\",\"url\":\"" + base
                + "/tags/acme\"}],\"emojis\":[],\"card\":null,\"poll\":null}";
    }

    static String escapeJson(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
