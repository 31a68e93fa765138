package dev.scrm.testkit.simulator.internal;

import dev.scrm.core.EngagementType;
import dev.scrm.core.Interaction;
import dev.scrm.core.Platform;
import dev.scrm.core.SocialIdentity;
import dev.scrm.testkit.world.SyntheticWorld;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * X API v2: recent search, user lookup by username (single and batch) and id, and user timelines, with
 * {@code next_token}/{@code pagination_token} pagination, field selection through {@code tweet.fields},
 * {@code user.fields} and {@code expansions=author_id}, partial {@code errors[]} inside HTTP 200 for
 * unknown users, RFC 7807 problem bodies and {@code x-rate-limit-*} headers whose reset is in epoch seconds.
 */
public final class XApi extends PlatformApi {

    private static final Pattern BY_USERNAME = Pattern.compile("/2/users/by/username/([A-Za-z0-9_]+)");
    private static final Pattern USER = Pattern.compile("/2/users/([0-9]+)");
    private static final Pattern USER_TL = Pattern.compile("/2/users/([0-9]+)/(tweets|mentions)");
    private static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    /**
     * Indexes the world's X part.
     *
     * @param world the world
     * @param clock the clock that decides which day's follower counts are served
     */
    public XApi(SyntheticWorld world, java.time.Clock clock) {
        super(world, clock, Platform.X);
    }

    @Override
    public SimResponse handle(SimRequest r) {
        if (!r.method().equals("GET")) {
            return problem(404, "Not Found Error", "about:blank", "Not Found");
        }
        String path = r.path();
        Matcher m;
        if (path.equals("/2/tweets/search/recent") || path.equals("/2/tweets/search/all")) {
            return search(r);
        }
        if ((m = BY_USERNAME.matcher(path)).matches()) {
            SocialIdentity s = byHandle.get(m.group(1).toLowerCase(Locale.ROOT));
            ObjectNode out = object();
            if (s == null) {
                out.putArray("errors").add(notFound(m.group(1), "username"));
            } else {
                out.set("data", user(s, fields(r, "user.fields")));
            }
            return SimResponse.json(200, write(out));
        }
        if (path.equals("/2/users/by")) {
            String names = r.param("usernames");
            if (names == null || names.isBlank()) {
                return invalid("usernames", "The `usernames` query parameter can not be empty");
            }
            List<String> list = Arrays.stream(names.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
            if (list.size() > 100) {
                return invalid("usernames", "The `usernames` query parameter can hold at most 100 usernames");
            }
            ObjectNode out = object();
            ArrayNode data = json.createArrayNode();
            ArrayNode errors = json.createArrayNode();
            for (String n : list) {
                SocialIdentity s = byHandle.get(n.toLowerCase(Locale.ROOT));
                if (s == null) {
                    errors.add(notFound(n, "usernames"));
                } else {
                    data.add(user(s, fields(r, "user.fields")));
                }
            }
            if (!data.isEmpty()) {
                out.set("data", data);
            }
            if (!errors.isEmpty()) {
                out.set("errors", errors);
            }
            return SimResponse.json(200, write(out));
        }
        if ((m = USER_TL.matcher(path)).matches()) {
            SocialIdentity s = byNativeId.get(m.group(1));
            if (s == null) {
                ObjectNode out = object();
                out.putArray("errors").add(notFound(m.group(1), "id"));
                return SimResponse.json(200, write(out));
            }
            List<Interaction> all;
            if (m.group(2).equals("tweets")) {
                all = byAuthor.getOrDefault(s.id(), List.of());
            } else {
                SocialIdentity target = s;
                all = cached("mentions:" + s.id().nativeId(), () -> i -> mentions(i.text()).contains(target));
            }
            return page(r, all, "pagination_token", 5, 10, 100, "tl:" + m.group(2) + ":" + s.id().nativeId());
        }
        if ((m = USER.matcher(path)).matches()) {
            SocialIdentity s = byNativeId.get(m.group(1));
            ObjectNode out = object();
            if (s == null) {
                out.putArray("errors").add(notFound(m.group(1), "id"));
            } else {
                out.set("data", user(s, fields(r, "user.fields")));
            }
            return SimResponse.json(200, write(out));
        }
        return problem(404, "Not Found Error", "about:blank", "Not Found");
    }

    private SimResponse search(SimRequest r) {
        String q = r.param("query");
        if (q == null || q.isBlank()) {
            return invalid("query", "The `query` query parameter can not be empty");
        }
        if (q.length() > 512) {
            return invalid("query", "The `query` query parameter can be at most 512 characters");
        }
        QueryMatcher matcher;
        try {
            matcher = QueryMatcher.parse(q);
        } catch (IllegalArgumentException e) {
            return invalid("query", "There were errors processing your request: " + e.getMessage());
        }
        Instant start = instant(r, "start_time");
        Instant end = instant(r, "end_time");
        Long sinceId = id(r, "since_id");
        Long untilId = id(r, "until_id");
        String key = "search:" + q + "|" + start + "|" + end + "|" + sinceId + "|" + untilId;
        List<Interaction> all = cached(key, () -> i -> matcher.matches(queryItem(i))
                && (start == null || !i.occurredAt().isBefore(start))
                && (end == null || i.occurredAt().isBefore(end))
                && (sinceId == null || Long.parseLong(i.id().nativeId()) > sinceId)
                && (untilId == null || Long.parseLong(i.id().nativeId()) < untilId));
        return page(r, all, "next_token", 10, 10, 100, key);
    }

    private SimResponse page(SimRequest r, List<Interaction> all, String tokenParam, int min, int dflt, int max,
            String key) {
        int size = dflt;
        String mr = r.param("max_results");
        if (mr != null) {
            try {
                size = Integer.parseInt(mr.trim());
            } catch (NumberFormatException e) {
                return invalid("max_results", "The `max_results` query parameter value [" + mr + "] is not a number");
            }
            if (size < min || size > max) {
                return invalid("max_results", "The `max_results` query parameter value [" + size
                        + "] is not between " + min + " and " + max);
            }
        }
        int offset = 0;
        String token = r.param(tokenParam);
        if (token != null) {
            offset = decode(token, key);
            if (offset < 0) {
                return invalid(tokenParam, "The `" + tokenParam + "` query parameter value is not valid");
            }
        }
        List<Interaction> page = slice(all, offset, size);
        Set<String> tweetFields = fields(r, "tweet.fields");
        Set<String> expansions = fields(r, "expansions");
        ObjectNode out = object();
        ObjectNode meta = object();
        if (!page.isEmpty()) {
            ArrayNode data = out.putArray("data");
            Set<SocialIdentity> authors = new LinkedHashSet<>();
            for (Interaction i : page) {
                data.add(tweet(i, tweetFields));
                authors.add(author(i));
            }
            if (expansions.contains("author_id")) {
                ArrayNode users = out.putObject("includes").putArray("users");
                Set<String> userFields = fields(r, "user.fields");
                authors.forEach(a -> users.add(user(a, userFields)));
            }
            meta.put("newest_id", page.get(0).id().nativeId());
            meta.put("oldest_id", page.get(page.size() - 1).id().nativeId());
        }
        meta.put("result_count", page.size());
        if (offset + page.size() < all.size()) {
            meta.put("next_token", encode(offset + page.size(), key));
        }
        out.set("meta", meta);
        return SimResponse.json(200, write(out));
    }

    private static String encode(int offset, String key) {
        long h = key.hashCode() & 0xffffffL;
        StringBuilder sb = new StringBuilder("b26v89c1");
        sb.append(Long.toString(h, 36)).append('z').append(Long.toString(offset * 7919L + 13, 36));
        return sb.toString();
    }

    private static int decode(String token, String key) {
        long h = key.hashCode() & 0xffffffL;
        String prefix = "b26v89c1" + Long.toString(h, 36) + "z";
        if (!token.startsWith(prefix)) {
            return -1;
        }
        try {
            long v = Long.parseLong(token.substring(prefix.length()), 36) - 13;
            return v % 7919 == 0 && v >= 0 ? (int) (v / 7919) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private ObjectNode tweet(Interaction i, Set<String> fields) {
        ObjectNode t = object();
        t.put("id", i.id().nativeId());
        t.put("text", i.text());
        t.putArray("edit_history_tweet_ids").add(i.id().nativeId());
        if (fields.contains("created_at")) {
            t.put("created_at", ISO_MILLIS.format(i.occurredAt()));
        }
        if (fields.contains("author_id")) {
            t.put("author_id", i.author().nativeId());
        }
        if (fields.contains("conversation_id")) {
            t.put("conversation_id", i.conversationId() == null ? i.id().nativeId() : i.conversationId());
        }
        if (fields.contains("lang")) {
            t.put("lang", i.language() == null ? "und" : i.language());
        }
        if (i.inReplyTo() != null && byId.containsKey(i.inReplyTo())) {
            if (fields.contains("in_reply_to_user_id")) {
                t.put("in_reply_to_user_id", byId.get(i.inReplyTo()).author().nativeId());
            }
            if (fields.contains("referenced_tweets")) {
                ObjectNode ref = t.putArray("referenced_tweets").addObject();
                ref.put("type", "replied_to");
                ref.put("id", i.inReplyTo().nativeId());
            }
        }
        if (fields.contains("public_metrics")) {
            ObjectNode pm = t.putObject("public_metrics");
            pm.put("retweet_count", i.engagement().count(EngagementType.SHARES).orElse(0));
            pm.put("reply_count", i.engagement().count(EngagementType.REPLIES).orElse(0));
            pm.put("like_count", i.engagement().count(EngagementType.LIKES).orElse(0));
            pm.put("quote_count", i.engagement().count(EngagementType.QUOTES).orElse(0));
            pm.put("bookmark_count", 0);
            pm.put("impression_count", i.engagement().count(EngagementType.LIKES).orElse(0) * 40 + 17);
        }
        if (fields.contains("entities")) {
            ObjectNode entities = object();
            ArrayNode tags = json.createArrayNode();
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}_&])#([\\p{L}\\p{N}_]+)").matcher(i.text());
            while (m.find()) {
                ObjectNode tag = tags.addObject();
                tag.put("start", i.text().codePointCount(0, m.start()));
                tag.put("end", i.text().codePointCount(0, m.end()));
                tag.put("tag", m.group(1));
            }
            ArrayNode mentions = json.createArrayNode();
            Matcher mm = Pattern.compile("(?<![\\p{L}\\p{N}_])@([A-Za-z0-9_]{1,15})").matcher(i.text());
            while (mm.find()) {
                SocialIdentity who = byHandle.get(mm.group(1).toLowerCase(Locale.ROOT));
                if (who != null) {
                    ObjectNode mn = mentions.addObject();
                    mn.put("start", i.text().codePointCount(0, mm.start()));
                    mn.put("end", i.text().codePointCount(0, mm.end()));
                    mn.put("username", who.handle());
                    mn.put("id", who.id().nativeId());
                }
            }
            if (!tags.isEmpty()) {
                entities.set("hashtags", tags);
            }
            if (!mentions.isEmpty()) {
                entities.set("mentions", mentions);
            }
            if (!entities.isEmpty()) {
                t.set("entities", entities);
            }
        }
        return t;
    }

    /** The t.co short form X gives a link. */
    private static String tco(URI link) {
        return "https://t.co/" + Integer.toString(Math.abs(link.hashCode()), 36);
    }

    private ObjectNode user(SocialIdentity s, Set<String> fields) {
        ObjectNode u = object();
        u.put("id", s.id().nativeId());
        u.put("name", s.displayName() == null ? s.handle() : s.displayName());
        u.put("username", s.handle());
        // the first link is the profile's website; any others are written into the description, where X
        // shortens them to t.co links and lists them under entities.description
        List<URI> extra = s.bioLinks().stream().skip(1).toList();
        if (fields.contains("description")) {
            String d = withLinks(s.bio(), extra.stream().map(l -> URI.create(tco(l))).toList());
            u.put("description", d == null ? "" : d);
        }
        if (fields.contains("location") && s.location() != null) {
            u.put("location", s.location());
        }
        if (fields.contains("url")) {
            u.put("url", s.bioLinks().isEmpty() ? "" : "https://t.co/" + Integer.toString(
                    Math.abs(s.bioLinks().get(0).hashCode()), 36));
        }
        if (fields.contains("entities") && !s.bioLinks().isEmpty()) {
            ObjectNode entities = u.putObject("entities");
            ObjectNode link = entities.putObject("url").putArray("urls").addObject();
            link.put("start", 0);
            link.put("end", 23);
            link.put("url", tco(s.bioLinks().get(0)));
            link.put("expanded_url", s.bioLinks().get(0).toString());
            link.put("display_url", s.bioLinks().get(0).getHost());
            if (!extra.isEmpty()) {
                ArrayNode urls = entities.putObject("description").putArray("urls");
                int at = s.bio() == null ? 0 : s.bio().length() + 1;
                for (URI l : extra) {
                    String shortUrl = tco(l);
                    ObjectNode e = urls.addObject();
                    e.put("start", at);
                    e.put("end", at + shortUrl.length());
                    e.put("url", shortUrl);
                    e.put("expanded_url", l.toString());
                    e.put("display_url", l.getHost() + l.getPath());
                    at += shortUrl.length() + 1;
                }
            }
        }
        if (fields.contains("verified")) {
            u.put("verified", s.verified());
        }
        if (fields.contains("protected")) {
            u.put("protected", false);
        }
        if (fields.contains("created_at")) {
            u.put("created_at", "2015-03-14T09:26:53.000Z");
        }
        if (fields.contains("profile_image_url")) {
            u.put("profile_image_url", "https://pbs.twimg.com/profile_images/" + s.id().nativeId() + "/sim_normal.jpg");
        }
        if (fields.contains("public_metrics")) {
            long followers = followers(s);
            ObjectNode pm = u.putObject("public_metrics");
            pm.put("followers_count", followers);
            pm.put("following_count", s.followerCounts() == null ? 0 : s.followerCounts().following());
            pm.put("tweet_count", byAuthor.getOrDefault(s.id(), List.of()).size());
            pm.put("listed_count", followers / 200);
        }
        return u;
    }

    private ObjectNode notFound(String value, String parameter) {
        ObjectNode e = object();
        e.put("value", value);
        e.put("detail", "Could not find user with " + parameter + ": [" + value + "].");
        e.put("title", "Not Found Error");
        e.put("resource_type", "user");
        e.put("parameter", parameter);
        e.put("resource_id", value);
        e.put("type", "https://api.twitter.com/2/problems/resource-not-found");
        return e;
    }

    private static Set<String> fields(SimRequest r, String name) {
        Set<String> out = new HashSet<>();
        for (String v : r.params(name)) {
            for (String f : v.split(",")) {
                if (!f.isBlank()) {
                    out.add(f.trim());
                }
            }
        }
        return out;
    }

    private static Instant instant(SimRequest r, String name) {
        String v = r.param(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Invalid " + name);
        }
    }

    private static Long id(SimRequest r, String name) {
        String v = r.param(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid " + name);
        }
    }

    private SimResponse invalid(String parameter, String message) {
        ObjectNode p = object();
        ObjectNode e = p.putArray("errors").addObject();
        e.putObject("parameters").putArray(parameter);
        e.put("message", message);
        p.put("title", "Invalid Request");
        p.put("detail", "One or more parameters to your request was invalid.");
        p.put("type", "https://api.twitter.com/2/problems/invalid-request");
        return SimResponse.json(400, write(p));
    }

    private SimResponse problem(int status, String title, String type, String detail) {
        ObjectNode p = object();
        p.put("title", title);
        p.put("type", type);
        p.put("status", status);
        p.put("detail", detail);
        return new SimResponse(status, Map.of("Content-Type", "application/problem+json"), write(p));
    }

    @Override
    public SimResponse error(int status, String message) {
        String title = switch (status) {
            case 401 -> "Unauthorized";
            case 429 -> "Too Many Requests";
            case 400 -> "Invalid Request";
            case 503 -> "Service Unavailable";
            default -> status >= 500 ? "Internal Server Error" : "Error";
        };
        return problem(status, title, "about:blank", message);
    }

    @Override
    public Map<String, String> rateLimitHeaders(int limit, int remaining, Instant reset, Instant now, long windowSeconds) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("x-rate-limit-limit", Integer.toString(limit));
        h.put("x-rate-limit-remaining", Integer.toString(Math.max(0, remaining)));
        h.put("x-rate-limit-reset", Long.toString(reset.getEpochSecond()));
        return h;
    }
}
