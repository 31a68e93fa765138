package dev.scrm.testkit.simulator.internal;

import dev.scrm.core.EngagementType;
import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionId;
import dev.scrm.core.Platform;
import dev.scrm.core.SocialIdentity;
import dev.scrm.testkit.world.SyntheticWorld;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reddit's OAuth API ({@code oauth.reddit.com} shapes): search, subreddit listings, comment trees, user
 * profiles and user listings as {@code Listing} envelopes paged by {@code after}/{@code before} fullnames,
 * cut at 1,000 items, HTML-escaped text unless {@code raw_json=1}, a 302 for an unknown subreddit, and
 * {@code X-Ratelimit-*} headers whose reset is the seconds left in the window. Also answers the token
 * endpoint {@code /api/v1/access_token}.
 */
public final class RedditApi extends PlatformApi {

    /** Listings stop after this many items, as Reddit's do. */
    public static final int LISTING_CAP = 1_000;

    private static final Pattern SUB = Pattern.compile("/r/([A-Za-z0-9_]+)/(search|new|comments)(?:\\.json)?/?");
    private static final Pattern ARTICLE = Pattern.compile("/comments/([a-z0-9]+)(?:/[^/]*)?(?:\\.json)?/?");
    private static final Pattern USER = Pattern.compile(
            "/user/([A-Za-z0-9_-]+)/(about|submitted|comments|overview)(?:\\.json)?/?");

    private final Map<String, String> subreddits = new HashMap<>();

    /**
     * Indexes the world's Reddit part.
     *
     * @param world the world
     * @param clock the clock that decides which day's follower counts are served
     */
    public RedditApi(SyntheticWorld world, java.time.Clock clock) {
        super(world, clock, Platform.REDDIT);
        for (Interaction i : newestFirst) {
            String sub = i.attributes().get("subreddit");
            if (sub != null) {
                subreddits.put(sub.toLowerCase(Locale.ROOT), sub);
            }
        }
    }

    @Override
    public boolean isTokenRequest(SimRequest r) {
        return r.path().startsWith("/api/v1/access_token");
    }

    @Override
    public SimResponse handle(SimRequest r) {
        String path = r.path();
        if (isTokenRequest(r)) {
            if (!r.method().equals("POST")) {
                return error(405, "Method Not Allowed");
            }
            ObjectNode t = object();
            t.put("access_token", "sim-" + Long.toHexString(r.body().hashCode() & 0xffffffffL));
            t.put("token_type", "bearer");
            t.put("expires_in", 3600);
            t.put("scope", "*");
            return SimResponse.json(200, write(t));
        }
        if (!r.method().equals("GET")) {
            return error(404, "Not Found");
        }
        boolean raw = "1".equals(r.param("raw_json"));
        Matcher m;
        if (path.equals("/search") || path.equals("/search.json") || path.equals("/search/")) {
            return search(r, null, raw);
        }
        if ((m = SUB.matcher(path)).matches()) {
            String sub = subreddits.get(m.group(1).toLowerCase(Locale.ROOT));
            if (sub == null) {
                return new SimResponse(302, Map.of("Location", r.baseUrl() + "/subreddits/search.json?q=" + enc(m.group(1))),
                        "");
            }
            return switch (m.group(2)) {
                case "search" -> search(r, "1".equals(r.param("restrict_sr")) ? sub : null, raw);
                case "new" -> listing(r, cached("new:" + sub, () -> i -> i.inReplyTo() == null
                        && sub.equals(i.attributes().get("subreddit"))), raw);
                default -> listing(r, cached("comments:" + sub, () -> i -> i.inReplyTo() != null
                        && sub.equals(i.attributes().get("subreddit"))), raw);
            };
        }
        if ((m = ARTICLE.matcher(path)).matches()) {
            Interaction post = byId.get(InteractionId.of(Platform.REDDIT, "t3_" + m.group(1)));
            if (post == null) {
                return error(404, "Not Found");
            }
            ArrayNode both = json.createArrayNode();
            both.add(envelope(List.of(thing(post, raw)), null, null));
            List<ObjectNode> comments = new ArrayList<>();
            for (Interaction c : replies.getOrDefault(post.id(), List.of())) {
                comments.add(commentTree(c, raw, 0));
            }
            both.add(envelope(comments, null, null));
            return SimResponse.json(200, write(both));
        }
        if ((m = USER.matcher(path)).matches()) {
            SocialIdentity s = byHandle.get(m.group(1).toLowerCase(Locale.ROOT));
            if (s == null) {
                return error(404, "Not Found");
            }
            List<Interaction> all = byAuthor.getOrDefault(s.id(), List.of());
            return switch (m.group(2)) {
                case "about" -> SimResponse.json(200, write(about(s)));
                case "submitted" -> listing(r, all.stream().filter(i -> i.inReplyTo() == null).toList(), raw);
                case "comments" -> listing(r, all.stream().filter(i -> i.inReplyTo() != null).toList(), raw);
                default -> listing(r, all, raw);
            };
        }
        return error(404, "Not Found");
    }

    private SimResponse search(SimRequest r, String sub, boolean raw) {
        String q = r.param("q");
        if (q == null || q.isBlank()) {
            return listing(r, List.of(), raw);
        }
        QueryMatcher matcher = QueryMatcher.parse(q);
        List<Interaction> all = cached("search:" + sub + "|" + q, () -> i -> i.inReplyTo() == null
                && (sub == null || sub.equals(i.attributes().get("subreddit")))
                && matcher.matches(queryItem(i)));
        return listing(r, all, raw);
    }

    private SimResponse listing(SimRequest r, List<Interaction> all, boolean raw) {
        List<Interaction> capped = all.size() > LISTING_CAP ? all.subList(0, LISTING_CAP) : all;
        int limit = limit(r, "limit", 25, 100);
        String after = r.param("after");
        String before = r.param("before");
        int from = 0;
        int to;
        if (after != null && !after.isBlank()) {
            int idx = indexOf(capped, after);
            from = idx < 0 ? capped.size() : idx + 1;
            to = Math.min(capped.size(), from + limit);
        } else if (before != null && !before.isBlank()) {
            int idx = indexOf(capped, before);
            to = Math.max(0, idx);
            from = Math.max(0, to - limit);
        } else {
            to = Math.min(capped.size(), limit);
        }
        List<ObjectNode> things = new ArrayList<>();
        for (Interaction i : capped.subList(from, to)) {
            things.add(thing(i, raw));
        }
        String nextAfter = to < capped.size() && to > from ? capped.get(to - 1).id().nativeId() : null;
        String nextBefore = from > 0 && to > from ? capped.get(from).id().nativeId() : null;
        return SimResponse.json(200, write(envelope(things, nextAfter, nextBefore)));
    }

    private static int indexOf(List<Interaction> list, String fullname) {
        for (int k = 0; k < list.size(); k++) {
            if (list.get(k).id().nativeId().equals(fullname)) {
                return k;
            }
        }
        return -1;
    }

    private ObjectNode envelope(List<ObjectNode> children, String after, String before) {
        ObjectNode env = object();
        env.put("kind", "Listing");
        ObjectNode data = env.putObject("data");
        if (after == null) {
            data.putNull("after");
        } else {
            data.put("after", after);
        }
        data.put("dist", children.size());
        data.put("modhash", "");
        data.putNull("geo_filter");
        ArrayNode kids = data.putArray("children");
        children.forEach(kids::add);
        if (before == null) {
            data.putNull("before");
        } else {
            data.put("before", before);
        }
        return env;
    }

    private ObjectNode thing(Interaction i, boolean raw) {
        return i.inReplyTo() == null ? link(i, raw) : comment(i, raw);
    }

    private ObjectNode link(Interaction i, boolean raw) {
        SocialIdentity a = author(i);
        String sub = i.attributes().getOrDefault("subreddit", "all");
        String id = i.id().nativeId().substring(3);
        ObjectNode t = object();
        t.put("kind", "t3");
        ObjectNode d = t.putObject("data");
        d.put("subreddit", sub);
        d.put("selftext", "");
        d.put("author_fullname", a.id().nativeId());
        d.put("title", raw ? i.text() : html(i.text()));
        d.put("subreddit_name_prefixed", "r/" + sub);
        d.put("name", i.id().nativeId());
        d.put("upvote_ratio", 0.97);
        long likes = i.engagement().count(EngagementType.LIKES).orElse(0);
        d.put("ups", likes + 1);
        d.put("score", likes + 1);
        d.put("downs", 0);
        d.put("num_comments", i.engagement().count(EngagementType.REPLIES).orElse(0));
        d.put("is_self", true);
        d.put("domain", "self." + sub);
        d.put("id", id);
        d.put("author", a.handle());
        d.put("edited", false);
        d.put("over_18", false);
        d.put("permalink", "/r/" + sub + "/comments/" + id + "/post/");
        d.put("url", "https://www.reddit.com/r/" + sub + "/comments/" + id + "/post/");
        d.put("created_utc", i.occurredAt().getEpochSecond() + 0.0);
        d.put("created", i.occurredAt().getEpochSecond() + 0.0);
        return t;
    }

    private ObjectNode comment(Interaction i, boolean raw) {
        SocialIdentity a = author(i);
        String sub = i.attributes().getOrDefault("subreddit", "all");
        String id = i.id().nativeId().substring(3);
        Interaction root = i;
        while (root.inReplyTo() != null && byId.containsKey(root.inReplyTo())) {
            root = byId.get(root.inReplyTo());
        }
        String linkId = root.id().nativeId();
        ObjectNode t = object();
        t.put("kind", "t1");
        ObjectNode d = t.putObject("data");
        d.put("subreddit_id", "t5_" + Integer.toString(Math.abs(sub.hashCode()) % 1_000_000, 36));
        d.put("subreddit", sub);
        d.put("id", id);
        d.put("name", i.id().nativeId());
        d.put("author", a.handle());
        d.put("author_fullname", a.id().nativeId());
        d.put("parent_id", i.inReplyTo().nativeId());
        d.put("link_id", linkId);
        d.put("body", raw ? i.text() : html(i.text()));
        d.put("body_html", html("<div class=\"md\"><p>" + html(i.text()) + "</p>\n</div>"));
        long likes = i.engagement().count(EngagementType.LIKES).orElse(0);
        d.put("ups", likes + 1);
        d.put("score", likes + 1);
        d.put("downs", 0);
        d.put("edited", false);
        d.put("replies", "");
        d.put("permalink", "/r/" + sub + "/comments/" + linkId.substring(3) + "/post/" + id + "/");
        d.put("created_utc", i.occurredAt().getEpochSecond() + 0.0);
        d.put("created", i.occurredAt().getEpochSecond() + 0.0);
        return t;
    }

    private ObjectNode commentTree(Interaction c, boolean raw, int depth) {
        ObjectNode t = comment(c, raw);
        ObjectNode d = (ObjectNode) t.get("data");
        d.put("depth", depth);
        List<Interaction> kids = replies.getOrDefault(c.id(), List.of());
        if (!kids.isEmpty()) {
            List<ObjectNode> nested = new ArrayList<>();
            for (Interaction k : kids) {
                nested.add(commentTree(k, raw, depth + 1));
            }
            d.set("replies", envelope(nested, null, null));
        }
        return t;
    }

    private ObjectNode about(SocialIdentity s) {
        ObjectNode t = object();
        t.put("kind", "t2");
        ObjectNode d = t.putObject("data");
        d.put("is_employee", false);
        d.put("icon_img", "https://www.redditstatic.com/avatars/defaults/v2/avatar_default_3.png");
        d.put("name", s.handle());
        d.put("created_utc", 1_577_836_800.0);
        d.put("link_karma", 10 + byAuthor.getOrDefault(s.id(), List.of()).size() * 7L);
        d.put("comment_karma", 25 + byAuthor.getOrDefault(s.id(), List.of()).size() * 11L);
        d.put("verified", s.verified());
        d.put("has_verified_email", true);
        d.put("id", s.id().nativeId().substring(3));
        ObjectNode sub = d.putObject("subreddit");
        sub.put("display_name", "u_" + s.handle());
        sub.put("title", s.displayName() == null ? "" : s.displayName());
        String description = withLinks(s.bio(), s.bioLinks());
        sub.put("public_description", description == null ? "" : description);
        long followers = followers(s);
        sub.put("subscribers", followers);
        sub.put("display_name_prefixed", "u/" + s.handle());
        sub.put("url", "/user/" + s.handle() + "/");
        sub.put("subreddit_type", "user");
        return t;
    }

    @Override
    public SimResponse error(int status, String message) {
        ObjectNode e = object();
        e.put("message", message);
        e.put("error", status);
        return SimResponse.json(status, write(e));
    }

    @Override
    public Map<String, String> rateLimitHeaders(int limit, int remaining, Instant reset, Instant now, long windowSeconds) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("X-Ratelimit-Used", Integer.toString(Math.min(limit, limit - remaining)));
        h.put("X-Ratelimit-Remaining", Math.max(0, remaining) + ".0");
        h.put("X-Ratelimit-Reset", Long.toString(Math.max(0, reset.getEpochSecond() - now.getEpochSecond())));
        return h;
    }
}
