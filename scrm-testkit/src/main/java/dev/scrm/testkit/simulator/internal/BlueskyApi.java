package dev.scrm.testkit.simulator.internal;

import dev.scrm.core.EngagementType;
import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionId;
import dev.scrm.core.Platform;
import dev.scrm.core.SocialIdentity;
import dev.scrm.testkit.world.SyntheticWorld;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bluesky's AppView XRPC API: {@code app.bsky.feed.searchPosts}, {@code app.bsky.actor.getProfile},
 * {@code app.bsky.feed.getAuthorFeed}, {@code app.bsky.feed.getPosts} and the session endpoints, with opaque
 * cursors, facets at UTF-8 byte offsets and {@code RateLimit-*} headers whose reset is in epoch seconds.
 */
public final class BlueskyApi extends PlatformApi {

    private static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Pattern FACET = Pattern.compile(
            "(?<![\\p{L}\\p{N}_])([#@])([\\p{L}\\p{N}_][\\p{L}\\p{N}_.-]*[\\p{L}\\p{N}_]|[\\p{L}\\p{N}_])");
    private static final String B32 = "abcdefghijklmnopqrstuvwxyz234567";

    /**
     * Indexes the world's Bluesky part.
     *
     * @param world the world
     * @param clock the clock that decides which day's follower counts are served
     */
    public BlueskyApi(SyntheticWorld world, java.time.Clock clock) {
        super(world, clock, Platform.BLUESKY);
    }

    @Override
    public boolean isTokenRequest(SimRequest r) {
        return r.path().startsWith("/xrpc/com.atproto.server.");
    }

    @Override
    public SimResponse handle(SimRequest r) {
        String nsid = r.path().startsWith("/xrpc/") ? r.path().substring(6) : "";
        switch (nsid) {
            case "com.atproto.server.createSession", "com.atproto.server.refreshSession" -> {
                if (!r.method().equals("POST")) {
                    return error(400, "InvalidRequest", "use POST");
                }
                ObjectNode s = object();
                s.put("accessJwt", "sim-access-" + Long.toHexString(r.body().hashCode() & 0xffffffffL));
                s.put("refreshJwt", "sim-refresh-" + Long.toHexString(r.body().hashCode() & 0xffffffffL));
                s.put("handle", "listener.bsky.social");
                s.put("did", "did:plc:simulatedlistener0000000");
                s.put("active", true);
                return SimResponse.json(200, write(s));
            }
            case "app.bsky.feed.searchPosts" -> {
                return searchPosts(r);
            }
            case "app.bsky.actor.getProfile" -> {
                String actor = r.param("actor");
                if (actor == null || actor.isBlank()) {
                    return error(400, "InvalidRequest", "Error: Params must have the property \"actor\"");
                }
                SocialIdentity s = actor(actor);
                return s == null ? error(400, "InvalidRequest", "Profile not found")
                        : SimResponse.json(200, write(profile(s, true)));
            }
            case "app.bsky.feed.getAuthorFeed" -> {
                return authorFeed(r);
            }
            case "app.bsky.feed.getPosts" -> {
                ObjectNode out = object();
                ArrayNode posts = out.putArray("posts");
                List<String> uris = r.params("uris");
                if (uris.size() > 25) {
                    return error(400, "InvalidRequest", "Error: uris must not have more than 25 elements");
                }
                for (String u : uris) {
                    Interaction i = byId.get(InteractionId.of(Platform.BLUESKY, u));
                    if (i != null) {
                        posts.add(post(i));
                    }
                }
                return SimResponse.json(200, write(out));
            }
            default -> {
                return error(501, "MethodNotImplemented", "Method Not Implemented");
            }
        }
    }

    private SocialIdentity actor(String actor) {
        String a = actor.toLowerCase(Locale.ROOT);
        return a.startsWith("did:") ? byNativeId.get(actor) : byHandle.get(a.startsWith("@") ? a.substring(1) : a);
    }

    private SimResponse searchPosts(SimRequest r) {
        String q = r.param("q");
        if (q == null || q.isBlank()) {
            return error(400, "InvalidRequest", "Error: Params must have the property \"q\"");
        }
        if (!r.authorized() && r.param("cursor") != null) {
            return error(403, "Forbidden", "cursor is not supported for anonymous search");
        }
        int limit = limit(r, "limit", 25, 100);
        List<String> tags = r.params("tag").stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
        String author = r.param("author");
        String mentions = r.param("mentions");
        Instant since = instant(r.param("since"), "since");
        Instant until = instant(r.param("until"), "until");
        String lang = r.param("lang");
        QueryMatcher matcher = QueryMatcher.parse(q);
        SocialIdentity authorId = author == null ? null : actor(author);
        SocialIdentity mentioned = mentions == null ? null : actor(mentions);
        String key = "search:" + q + "|" + tags + "|" + author + "|" + mentions + "|" + since + "|" + until + "|" + lang;
        List<Interaction> all = cached(key, () -> i -> matcher.matches(queryItem(i))
                && hashtags(i.text()).containsAll(tags)
                && (author == null || (authorId != null && i.author().equals(authorId.id())))
                && (mentions == null || (mentioned != null && mentions(i.text()).contains(mentioned)))
                && (since == null || !i.occurredAt().isBefore(since))
                && (until == null || i.occurredAt().isBefore(until))
                && (lang == null || lang.equalsIgnoreCase(i.language())));
        int offset = cursorOffset(r.param("cursor"), "search");
        List<Interaction> page = slice(all, offset, limit);
        ObjectNode out = object();
        ArrayNode posts = out.putArray("posts");
        page.forEach(i -> posts.add(post(i)));
        if (offset + page.size() < all.size()) {
            out.put("cursor", cursor("search", offset + page.size()));
        }
        out.put("hitsTotal", all.size());
        return SimResponse.json(200, write(out));
    }

    private SimResponse authorFeed(SimRequest r) {
        String actor = r.param("actor");
        if (actor == null || actor.isBlank()) {
            return error(400, "InvalidRequest", "Error: Params must have the property \"actor\"");
        }
        SocialIdentity s = actor(actor);
        if (s == null) {
            return error(400, "InvalidRequest", "Profile not found");
        }
        String filter = r.param("filter") == null ? "posts_with_replies" : r.param("filter");
        int limit = limit(r, "limit", 50, 100);
        List<Interaction> all = byAuthor.getOrDefault(s.id(), List.of()).stream()
                .filter(i -> !filter.equals("posts_no_replies") || i.inReplyTo() == null)
                .filter(i -> !filter.equals("posts_with_media") && !filter.equals("posts_with_video"))
                .toList();
        int offset = cursorOffset(r.param("cursor"), "feed");
        List<Interaction> page = slice(all, offset, limit);
        ObjectNode out = object();
        ArrayNode feed = out.putArray("feed");
        for (Interaction i : page) {
            ObjectNode item = feed.addObject();
            item.set("post", post(i));
            if (i.inReplyTo() != null && byId.containsKey(i.inReplyTo())) {
                ObjectNode reply = item.putObject("reply");
                reply.set("root", post(root(i)));
                reply.set("parent", post(byId.get(i.inReplyTo())));
            }
        }
        if (offset + page.size() < all.size()) {
            out.put("cursor", cursor("feed", offset + page.size()));
        }
        return SimResponse.json(200, write(out));
    }

    private Interaction root(Interaction i) {
        Interaction x = i;
        while (x.inReplyTo() != null && byId.containsKey(x.inReplyTo())) {
            x = byId.get(x.inReplyTo());
        }
        return x;
    }

    private static Instant instant(String v, String name) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return v.length() == 10 ? java.time.LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be a datetime or YYYY-MM-DD");
        }
    }

    private static String cursor(String kind, int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                (kind + ":" + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int cursorOffset(String cursor, String kind) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!s.startsWith(kind + ":")) {
                throw new IllegalArgumentException("malformed cursor");
            }
            return Math.max(0, Integer.parseInt(s.substring(kind.length() + 1)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("malformed cursor");
        }
    }

    private ObjectNode profile(SocialIdentity s, boolean detailed) {
        ObjectNode p = object();
        p.put("did", s.id().nativeId());
        p.put("handle", s.handle());
        if (s.displayName() != null) {
            p.put("displayName", s.displayName());
        }
        p.put("avatar", "https://cdn.bsky.app/img/avatar/plain/" + s.id().nativeId() + "/sim@jpeg");
        if (detailed) {
            // the first link is the profile's website; people write any others into the description
            String description = withLinks(s.bio(), s.bioLinks().stream().skip(1).toList());
            if (description != null) {
                p.put("description", description);
            }
            if (!s.bioLinks().isEmpty()) {
                URI w = s.bioLinks().get(0);
                p.put("website", w.toString());
            }
            long followers = followers(s);
            p.put("followersCount", followers);
            p.put("followsCount", s.followerCounts() == null ? 0 : s.followerCounts().following());
            p.put("postsCount", byAuthor.getOrDefault(s.id(), List.of()).size());
            p.put("createdAt", "2023-05-01T12:00:00.000Z");
            p.put("indexedAt", "2023-05-01T12:00:00.000Z");
            ObjectNode assoc = p.putObject("associated");
            assoc.put("lists", 0);
            assoc.put("feedgens", 0);
            assoc.put("labeler", false);
        }
        p.putObject("viewer").put("muted", false).put("blockedBy", false);
        p.putArray("labels");
        return p;
    }

    private ObjectNode post(Interaction i) {
        SocialIdentity author = author(i);
        ObjectNode p = object();
        p.put("uri", i.id().nativeId());
        p.put("cid", cid(i.id().nativeId()));
        p.set("author", profile(author, false));
        ObjectNode rec = p.putObject("record");
        rec.put("$type", "app.bsky.feed.post");
        rec.put("text", i.text());
        rec.put("createdAt", ISO_MILLIS.format(i.occurredAt()));
        rec.putArray("langs").add(i.language() == null ? "en" : i.language());
        ArrayNode facets = facets(i.text());
        if (!facets.isEmpty()) {
            rec.set("facets", facets);
        }
        if (i.inReplyTo() != null && byId.containsKey(i.inReplyTo())) {
            ObjectNode reply = rec.putObject("reply");
            Interaction parent = byId.get(i.inReplyTo());
            Interaction root = root(i);
            reply.putObject("root").put("uri", root.id().nativeId()).put("cid", cid(root.id().nativeId()));
            reply.putObject("parent").put("uri", parent.id().nativeId()).put("cid", cid(parent.id().nativeId()));
        }
        p.put("replyCount", i.engagement().count(EngagementType.REPLIES).orElse(0));
        p.put("repostCount", i.engagement().count(EngagementType.SHARES).orElse(0));
        p.put("likeCount", i.engagement().count(EngagementType.LIKES).orElse(0));
        p.put("quoteCount", i.engagement().count(EngagementType.QUOTES).orElse(0));
        p.put("bookmarkCount", 0);
        p.put("indexedAt", ISO_MILLIS.format(i.occurredAt().plusMillis(350)));
        p.putObject("viewer");
        p.putArray("labels");
        return p;
    }

    /** Tag and mention facets, indexed by UTF-8 byte offsets as the AT Protocol requires. */
    private ArrayNode facets(String text) {
        ArrayNode out = json.createArrayNode();
        Matcher m = FACET.matcher(text);
        while (m.find()) {
            int byteStart = text.substring(0, m.start()).getBytes(StandardCharsets.UTF_8).length;
            int byteEnd = byteStart + m.group().getBytes(StandardCharsets.UTF_8).length;
            ObjectNode f = object();
            ObjectNode index = f.putObject("index");
            index.put("byteStart", byteStart);
            index.put("byteEnd", byteEnd);
            ObjectNode feature = object();
            if (m.group(1).equals("#")) {
                feature.put("$type", "app.bsky.richtext.facet#tag");
                feature.put("tag", m.group(2));
            } else {
                SocialIdentity who = byHandle.get(m.group(2).toLowerCase(Locale.ROOT));
                if (who == null) {
                    continue;
                }
                feature.put("$type", "app.bsky.richtext.facet#mention");
                feature.put("did", who.id().nativeId());
            }
            f.putArray("features").add(feature);
            out.add(f);
        }
        return out;
    }

    private static String cid(String uri) {
        StringBuilder sb = new StringBuilder("bafyrei");
        long h = 1125899906842597L;
        for (int k = 0; k < uri.length(); k++) {
            h = 31 * h + uri.charAt(k);
        }
        while (sb.length() < 59) {
            h ^= h >>> 33;
            h *= 0xff51afd7ed558ccdL;
            h ^= h >>> 33;
            sb.append(B32.charAt((int) (h & 31)));
        }
        return sb.toString();
    }

    @Override
    public SimResponse error(int status, String message) {
        String name = switch (status) {
            case 401 -> "AuthRequired";
            case 429 -> "RateLimitExceeded";
            case 400 -> "InvalidRequest";
            default -> status >= 500 ? "InternalServerError" : "InvalidRequest";
        };
        return error(status, name, message);
    }

    private SimResponse error(int status, String name, String message) {
        ObjectNode e = object();
        e.put("error", name);
        e.put("message", message);
        return SimResponse.json(status, write(e));
    }

    @Override
    public Map<String, String> rateLimitHeaders(int limit, int remaining, Instant reset, Instant now, long windowSeconds) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("RateLimit-Limit", Integer.toString(limit));
        h.put("RateLimit-Remaining", Integer.toString(Math.max(0, remaining)));
        h.put("RateLimit-Reset", Long.toString(reset.getEpochSecond()));
        h.put("RateLimit-Policy", limit + ";w=" + windowSeconds);
        return h;
    }
}
