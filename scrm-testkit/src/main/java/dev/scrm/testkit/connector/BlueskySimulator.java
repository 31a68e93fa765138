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
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Bluesky PDS's dialect: {@code createSession} and {@code refreshSession} with access tokens that expire
 * (HTTP 400 {@code ExpiredToken}), {@code app.bsky.feed.searchPosts} paged with an opaque cursor (every
 * third page shorter than asked, no cursor on the last), {@code getPosts} for deletions and
 * {@code RateLimit-*} headers with the reset in epoch seconds. Posts follow the {@code postView} lexicon;
 * people are invented. Thread-safe.
 */
public final class BlueskySimulator implements PlatformSimulator {

    private final String term;
    private final String identifier;
    private final String password;
    private final Duration accessLifetime;
    private final AtomicInteger sessions = new AtomicInteger();
    private final AtomicInteger logins = new AtomicInteger();
    private volatile String access = "";
    private volatile String refresh = "";
    private volatile Instant accessExpiry = Instant.MIN;

    /**
     * A simulator serving searches for a term to one account.
     *
     * @param term the search term
     * @param identifier the account's handle
     * @param password its valid app password
     * @param accessLifetime how long an access token lives, in simulated time
     */
    public BlueskySimulator(String term, String identifier, String password, Duration accessLifetime) {
        this.term = Objects.requireNonNull(term, "term");
        this.identifier = Objects.requireNonNull(identifier, "identifier");
        this.password = Objects.requireNonNull(password, "password");
        this.accessLifetime = Objects.requireNonNull(accessLifetime, "accessLifetime");
    }

    /** @return how many times the client logged in with its password */
    public int logins() {
        return logins.get();
    }

    @Override
    public ListeningQuery query() {
        return ListeningQuery.search(term);
    }

    @Override
    public String nativeId(SimPost post) {
        return postUri(post);
    }

    @Override
    public boolean isListing(SimRequest request) {
        return request.path().equals("/xrpc/app.bsky.feed.searchPosts");
    }

    @Override
    public boolean authorized(SimRequest request, Instant now) {
        if (request.path().startsWith("/xrpc/com.atproto.server.")) {
            return true;
        }
        String auth = request.header().apply("Authorization");
        return auth != null && auth.startsWith("Bearer ") && !access.isEmpty()
                && (auth.substring(7).equals(access) || isAnOldAccessToken(auth.substring(7)));
    }

    private boolean isAnOldAccessToken(String token) {
        return token.startsWith("eyJhY2Nlc3Mi.");
    }

    @Override
    public SimResponse authFailure() {
        return SimResponse.json(401, "{\"error\":\"InvalidToken\",\"message\":\"Bad token\"}");
    }

    @Override
    public Map<String, String> rateLimitHeaders(long limit, long remaining, Instant reset, Instant now) {
        long window = Math.max(1, Duration.between(now, reset).getSeconds());
        return Map.of("RateLimit-Limit", Long.toString(limit), "RateLimit-Remaining", Long.toString(remaining),
                "RateLimit-Reset", Long.toString(reset.getEpochSecond() + (reset.getNano() > 0 ? 1 : 0)),
                "RateLimit-Policy", limit + ";w=" + window);
    }

    @Override
    public String rateLimitedBody() {
        return "{\"error\":\"RateLimitExceeded\",\"message\":\"Rate Limit Exceeded\"}";
    }

    @Override
    public SimResponse serve(SimRequest request, SimWorld world, Instant now) {
        switch (request.path()) {
            case "/xrpc/com.atproto.server.createSession" -> {
                if (!request.body().contains("\"" + identifier + "\"") || !request.body().contains("\"" + password + "\"")) {
                    return SimResponse.json(401, "{\"error\":\"AuthenticationRequired\","
                            + "\"message\":\"Invalid identifier or password\"}");
                }
                logins.incrementAndGet();
                return session(now);
            }
            case "/xrpc/com.atproto.server.refreshSession" -> {
                String auth = request.header().apply("Authorization");
                if (auth == null || refresh.isEmpty() || !auth.equals("Bearer " + refresh)) {
                    return SimResponse.json(400, "{\"error\":\"ExpiredToken\",\"message\":\"Token has been revoked\"}");
                }
                return session(now);
            }
            default -> {
                // below
            }
        }
        String auth = request.header().apply("Authorization");
        if (auth != null && !auth.substring(7).equals(access) || now.isAfter(accessExpiry)) {
            return SimResponse.json(400, "{\"error\":\"ExpiredToken\",\"message\":\"Token has expired\"}");
        }
        if (isListing(request)) {
            int limit = Math.min(100, Integer.parseInt(Objects.requireNonNullElse(request.param("limit"), "25")));
            String cursor = request.param("cursor");
            int offset = cursor == null ? 0 : Integer.parseInt(new String(Base64.getUrlDecoder().decode(cursor),
                    StandardCharsets.UTF_8).substring(2));
            List<SimPost> all = world.newestFirst();
            String since = request.param("since");
            if (since != null) {
                Instant s = Instant.parse(since);
                all.removeIf(p -> p.createdAt().isBefore(s));
            }
            int size = (offset / Math.max(1, limit)) % 3 == 2 ? Math.max(1, limit - 9) : limit;
            int end = Math.min(all.size(), offset + size);
            StringBuilder json = new StringBuilder("{\"posts\":[");
            for (int i = offset; i < end; i++) {
                if (i > offset) {
                    json.append(',');
                }
                json.append(postView(all.get(i)));
            }
            json.append(']');
            if (end < all.size()) {
                json.append(",\"cursor\":\"").append(Base64.getUrlEncoder().withoutPadding()
                        .encodeToString(("o:" + end).getBytes(StandardCharsets.UTF_8))).append('"');
            }
            json.append(",\"hitsTotal\":").append(all.size()).append('}');
            return SimResponse.json(200, json.toString());
        }
        if (request.path().equals("/xrpc/app.bsky.feed.getPosts")) {
            List<String> uris = request.query().getOrDefault("uris", List.of());
            List<String> views = new ArrayList<>();
            for (String uri : uris) {
                long seq = seqOf(uri);
                SimPost p = world.post(seq);
                if (p != null && !world.isDeleted(seq)) {
                    views.add(postView(p));
                }
            }
            return SimResponse.json(200, "{\"posts\":[" + String.join(",", views) + "]}");
        }
        return SimResponse.json(400, "{\"error\":\"InvalidRequest\",\"message\":\"Unknown method\"}");
    }

    private SimResponse session(Instant now) {
        int n = sessions.incrementAndGet();
        access = "eyJhY2Nlc3Mi." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("access-" + n).getBytes(StandardCharsets.UTF_8)) + ".c2ln";
        refresh = "eyJyZWZyZXNoIg." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("refresh-" + n).getBytes(StandardCharsets.UTF_8)) + ".c2ln";
        accessExpiry = now.plus(accessLifetime);
        return SimResponse.json(200, "{\"did\":\"did:plc:testbrand0001\",\"handle\":\"" + identifier + "\","
                + "\"accessJwt\":\"" + access + "\",\"refreshJwt\":\"" + refresh + "\",\"active\":true}");
    }

    /**
     * The AT-URI of a post.
     *
     * @param post the post
     * @return the URI
     */
    public static String postUri(SimPost post) {
        return "at://" + did(post.author()) + "/app.bsky.feed.post/3k" + Long.toString(post.seq(), 36) + "xrkey";
    }

    private static long seqOf(String uri) {
        int at = uri.lastIndexOf("/3k");
        if (at < 0 || !uri.endsWith("xrkey")) {
            return -1;
        }
        return Long.parseLong(uri.substring(at + 3, uri.length() - 5), 36);
    }

    private static String did(int author) {
        return "did:plc:test" + SimWorld.AUTHORS.get(author)[0] + "0001";
    }

    private static String postView(SimPost p) {
        String[] author = SimWorld.AUTHORS.get(p.author());
        String reply = "";
        if (p.replyTo() > 0) {
            SimPost parent = new SimPost(p.replyTo(), p.author(), "", p.createdAt(), -1);
            reply = ",\"reply\":{\"root\":{\"uri\":\"" + postUri(parent) + "\",\"cid\":\"bafyreiroot\"},"
                    + "\"parent\":{\"uri\":\"" + postUri(parent) + "\",\"cid\":\"bafyreiparent\"}}";
        }
        return "{\"uri\":\"" + postUri(p) + "\",\"cid\":\"bafyreicid" + p.seq() + "\","
                + "\"author\":{\"did\":\"" + did(p.author()) + "\",\"handle\":\"" + author[0] + ".example\","
                + "\"displayName\":\"" + author[1] + "\",\"labels\":[]},"
                + "\"record\":{\"$type\":\"app.bsky.feed.post\",\"text\":\"" + MastodonSimulator.escapeJson(p.text())
                + "\",\"langs\":[\"en\"],\"createdAt\":\"" + p.createdAt() + "\"" + reply + "},"
                + "\"replyCount\":" + (p.seq() % 4) + ",\"repostCount\":" + (p.seq() % 3) + ",\"likeCount\":"
                + (p.seq() % 7) + ",\"quoteCount\":0,\"indexedAt\":\"" + p.createdAt().plusMillis(400) + "\","
                + "\"labels\":[]}";
    }
}
