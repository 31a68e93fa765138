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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Mastodon's REST API (v4 shapes): hashtag timeline, search, account lookup, account statuses, single
 * statuses and their thread context, with {@code Link} header pagination on {@code max_id}, {@code since_id} and {@code min_id} and
 * {@code X-RateLimit-*} headers whose reset is an ISO-8601 instant.
 */
public final class MastodonApi extends PlatformApi {

    private static final Pattern TAG_TIMELINE = Pattern.compile("/api/v1/timelines/tag/([^/]+)");
    private static final Pattern ACCOUNT = Pattern.compile("/api/v1/accounts/([0-9]+)");
    private static final Pattern ACCOUNT_STATUSES = Pattern.compile("/api/v1/accounts/([0-9]+)/statuses");
    private static final Pattern STATUS = Pattern.compile("/api/v1/statuses/([0-9]+)");
    private static final Pattern CONTEXT = Pattern.compile("/api/v1/statuses/([0-9]+)/context");
    private static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Set<String> PAGING = Set.of("max_id", "since_id", "min_id");

    private final Map<Long, Interaction> byLocalId = new HashMap<>();
    private final Map<String, Integer> statusCounts = new HashMap<>();

    /**
     * Indexes the world's Mastodon part.
     *
     * @param world the world
     * @param clock the clock that decides which day's follower counts are served
     */
    public MastodonApi(SyntheticWorld world, java.time.Clock clock) {
        super(world, clock, Platform.MASTODON);
        for (Interaction i : newestFirst) {
            byLocalId.put(localId(i), i);
            statusCounts.merge(i.author().nativeId(), 1, Integer::sum);
        }
    }

    static long localId(Interaction i) {
        String uri = i.id().nativeId();
        return Long.parseLong(uri.substring(uri.lastIndexOf('/') + 1));
    }

    @Override
    protected SocialIdentity resolveMention(String handle) {
        SocialIdentity s = byHandle.get(handle);
        if (s != null) {
            return s;
        }
        // a local-form mention (@user) of an account on the brand's home server
        return byHandle.get(handle + "@mastodon.social");
    }

    @Override
    public SimResponse handle(SimRequest r) {
        if (!r.method().equals("GET")) {
            return error(404, "Not Found");
        }
        String path = r.path();
        Matcher m;
        if ((m = TAG_TIMELINE.matcher(path)).matches()) {
            String tag = m.group(1).toLowerCase(Locale.ROOT);
            List<String> any = r.params("any[]").stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
            List<String> none = r.params("none[]").stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
            List<Interaction> all = cached("tag:" + tag + "|" + any + "|" + none, () -> i -> {
                List<String> tags = hashtags(i.text());
                return (tags.contains(tag) || any.stream().anyMatch(tags::contains))
                        && none.stream().noneMatch(tags::contains);
            });
            return timeline(r, all);
        }
        if (path.equals("/api/v2/search")) {
            return search(r);
        }
        if (path.equals("/api/v1/accounts/lookup")) {
            String acct = r.param("acct");
            if (acct == null) {
                return error(400, "Missing parameter acct");
            }
            String a = acct.startsWith("@") ? acct.substring(1) : acct;
            SocialIdentity s = resolveMention(a.toLowerCase(Locale.ROOT));
            return s == null ? error(404, "Record not found") : SimResponse.json(200, write(account(s)));
        }
        if ((m = ACCOUNT_STATUSES.matcher(path)).matches()) {
            SocialIdentity s = byNativeId.get(m.group(1));
            if (s == null) {
                return error(404, "Record not found");
            }
            boolean noReplies = "true".equals(r.param("exclude_replies"));
            List<Interaction> all = byAuthor.getOrDefault(s.id(), List.of()).stream()
                    .filter(i -> !noReplies || i.inReplyTo() == null).toList();
            return timeline(r, all);
        }
        if ((m = ACCOUNT.matcher(path)).matches()) {
            SocialIdentity s = byNativeId.get(m.group(1));
            return s == null ? error(404, "Record not found") : SimResponse.json(200, write(account(s)));
        }
        if ((m = CONTEXT.matcher(path)).matches()) {
            Interaction i = byLocalId.get(Long.parseLong(m.group(1)));
            if (i == null) {
                return error(404, "Record not found");
            }
            ObjectNode ctx = object();
            ArrayNode ancestors = ctx.putArray("ancestors");
            List<Interaction> chain = new ArrayList<>();
            Interaction x = i;
            while (x.inReplyTo() != null && byId.containsKey(x.inReplyTo())) {
                x = byId.get(x.inReplyTo());
                chain.add(0, x);
            }
            chain.forEach(a -> ancestors.add(status(a)));
            ArrayNode descendants = ctx.putArray("descendants");
            descend(i, descendants);
            return SimResponse.json(200, write(ctx));
        }
        if ((m = STATUS.matcher(path)).matches()) {
            Interaction i = byLocalId.get(Long.parseLong(m.group(1)));
            return i == null ? error(404, "Record not found") : SimResponse.json(200, write(status(i)));
        }
        return error(404, "Not Found");
    }

    private void descend(Interaction parent, ArrayNode out) {
        for (Interaction child : replies.getOrDefault(parent.id(), List.of())) {
            out.add(status(child));
            descend(child, out);
        }
    }

    private SimResponse timeline(SimRequest r, List<Interaction> all) {
        int limit = limit(r, "limit", 20, 40);
        Long maxId = longParam(r, "max_id");
        Long sinceId = longParam(r, "since_id");
        Long minId = longParam(r, "min_id");
        List<Interaction> page = new ArrayList<>();
        if (minId != null) {
            // the items directly after min_id, returned newest first
            List<Interaction> above = new ArrayList<>();
            for (Interaction i : all) {
                long id = localId(i);
                if (id > minId && (maxId == null || id < maxId)) {
                    above.add(i);
                }
            }
            page.addAll(above.subList(Math.max(0, above.size() - limit), above.size()));
        } else {
            for (Interaction i : all) {
                long id = localId(i);
                if (maxId != null && id >= maxId) {
                    continue;
                }
                if (sinceId != null && id <= sinceId) {
                    break;
                }
                page.add(i);
                if (page.size() == limit) {
                    break;
                }
            }
        }
        ArrayNode body = json.createArrayNode();
        page.forEach(i -> body.add(status(i)));
        SimResponse resp = SimResponse.json(200, write(body));
        if (!page.isEmpty()) {
            String next = urlWith(r, PAGING, "max_id", Long.toString(localId(page.get(page.size() - 1))));
            String prev = urlWith(r, PAGING, "min_id", Long.toString(localId(page.get(0))));
            resp = resp.header("Link", "<" + next + ">; rel=\"next\", <" + prev + ">; rel=\"prev\"");
        }
        return resp;
    }

    private SimResponse search(SimRequest r) {
        String q = r.param("q");
        if (q == null || q.isBlank()) {
            return error(400, "Validation failed: q can't be blank");
        }
        String type = r.param("type");
        int limit = limit(r, "limit", 20, 40);
        int offset = 0;
        if (r.param("offset") != null) {
            if (type == null) {
                return error(400, "offset requires type");
            }
            if (!r.authorized()) {
                return error(401, "Search queries pagination is not supported without authentication");
            }
            try {
                offset = Math.max(0, Integer.parseInt(r.param("offset")));
            } catch (NumberFormatException e) {
                return error(400, "offset must be a number");
            }
        }
        ObjectNode out = object();
        ArrayNode accounts = out.putArray("accounts");
        ArrayNode statuses = out.putArray("statuses");
        out.putArray("hashtags");
        if (type == null || type.equals("accounts")) {
            String needle = q.toLowerCase(Locale.ROOT).replaceFirst("^@", "");
            List<SocialIdentity> found = byHandle.values().stream()
                    .filter(s -> s.handle().toLowerCase(Locale.ROOT).contains(needle)
                            || (s.displayName() != null && s.displayName().toLowerCase(Locale.ROOT).contains(needle)))
                    .sorted((a, b) -> a.id().compareTo(b.id()))
                    .toList();
            slice(found, offset, limit).forEach(s -> accounts.add(account(s)));
        }
        if ((type == null || type.equals("statuses")) && r.authorized()) {
            QueryMatcher matcher = QueryMatcher.parse(q);
            Long maxId = longParam(r, "max_id");
            Long minId = longParam(r, "min_id");
            List<Interaction> found = cached("search:" + q, () -> i -> matcher.matches(queryItem(i))).stream()
                    .filter(i -> maxId == null || localId(i) < maxId)
                    .filter(i -> minId == null || localId(i) > minId)
                    .toList();
            slice(found, offset, limit).forEach(i -> statuses.add(status(i)));
        }
        return SimResponse.json(200, write(out));
    }

    private static Long longParam(SimRequest r, String name) {
        String v = r.param(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a status id");
        }
    }

    private ObjectNode account(SocialIdentity s) {
        String handle = s.handle();
        int at = handle.indexOf('@');
        String username = at < 0 ? handle : handle.substring(0, at);
        String server = at < 0 ? "mastodon.social" : handle.substring(at + 1);
        ObjectNode a = object();
        a.put("id", s.id().nativeId());
        a.put("username", username);
        a.put("acct", handle);
        a.put("display_name", s.displayName() == null ? "" : s.displayName());
        a.put("locked", false);
        a.put("bot", false);
        a.put("discoverable", true);
        a.put("indexable", true);
        a.put("group", false);
        a.put("created_at", "2022-11-07T00:00:00.000Z");
        a.put("note", s.bio() == null ? "" : "<p>" + html(s.bio()) + "</p>");
        a.put("url", s.profileUrl() == null ? "https://" + server + "/@" + username : s.profileUrl().toString());
        a.put("uri", s.attributes().getOrDefault("global_uri", "https://" + server + "/users/" + username));
        a.put("avatar", "https://" + server + "/avatars/original/missing.png");
        a.put("avatar_static", "https://" + server + "/avatars/original/missing.png");
        a.put("header", "https://" + server + "/headers/original/missing.png");
        a.put("header_static", "https://" + server + "/headers/original/missing.png");
        long followers = followers(s);
        a.put("followers_count", followers);
        a.put("following_count", s.followerCounts() == null ? 0 : s.followerCounts().following());
        a.put("statuses_count", statusCounts.getOrDefault(s.id().nativeId(), 0));
        a.putNull("last_status_at");
        a.put("noindex", false);
        a.putArray("emojis");
        a.putArray("roles");
        ArrayNode fields = a.putArray("fields");
        for (URI link : s.bioLinks()) {
            ObjectNode f = fields.addObject();
            f.put("name", "Website");
            f.put("value", "<a href=\"" + html(link.toString()) + "\" rel=\"nofollow noopener me\" target=\"_blank\">"
                    + html(link.getHost()) + "</a>");
            f.putNull("verified_at");
        }
        if (s.location() != null) {
            ObjectNode f = fields.addObject();
            f.put("name", "Location");
            f.put("value", html(s.location()));
            f.putNull("verified_at");
        }
        return a;
    }

    private ObjectNode status(Interaction i) {
        SocialIdentity author = author(i);
        ObjectNode st = object();
        st.put("id", Long.toString(localId(i)));
        st.put("created_at", ISO_MILLIS.format(i.occurredAt()));
        if (i.inReplyTo() != null && byId.containsKey(i.inReplyTo())) {
            Interaction parent = byId.get(i.inReplyTo());
            st.put("in_reply_to_id", Long.toString(localId(parent)));
            st.put("in_reply_to_account_id", parent.author().nativeId());
        } else {
            st.putNull("in_reply_to_id");
            st.putNull("in_reply_to_account_id");
        }
        st.put("sensitive", false);
        st.put("spoiler_text", "");
        st.put("visibility", "public");
        st.put("language", i.language());
        st.put("uri", i.id().nativeId());
        st.put("url", i.url() == null ? i.id().nativeId() : i.url().toString());
        st.put("replies_count", i.engagement().count(EngagementType.REPLIES).orElse(0));
        st.put("reblogs_count", i.engagement().count(EngagementType.SHARES).orElse(0));
        st.put("favourites_count", i.engagement().count(EngagementType.LIKES).orElse(0));
        st.put("quotes_count", 0);
        st.putNull("edited_at");
        st.put("content", content(i.text()));
        st.putNull("reblog");
        st.set("account", account(author));
        st.putArray("media_attachments");
        ArrayNode mentions = st.putArray("mentions");
        for (SocialIdentity m : mentions(i.text())) {
            ObjectNode mn = mentions.addObject();
            mn.put("id", m.id().nativeId());
            mn.put("username", m.handle().substring(0, m.handle().indexOf('@') < 0 ? m.handle().length()
                    : m.handle().indexOf('@')));
            mn.put("acct", m.handle());
            mn.put("url", m.profileUrl() == null ? "" : m.profileUrl().toString());
        }
        ArrayNode tags = st.putArray("tags");
        for (String t : hashtags(i.text())) {
            ObjectNode tn = tags.addObject();
            tn.put("name", t);
            tn.put("url", "https://mastodon.social/tags/" + t);
        }
        st.putArray("emojis");
        st.putNull("card");
        st.putNull("poll");
        return st;
    }

    /** Renders a status text as Mastodon's sanitised HTML: escaped, with hashtags and mentions linked. */
    private String content(String text) {
        String escaped = html(text);
        StringBuilder sb = new StringBuilder("<p>");
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}_&])([#@])([\\p{L}\\p{N}_][\\p{L}\\p{N}_.@-]*[\\p{L}\\p{N}_]|[\\p{L}\\p{N}_])")
                .matcher(escaped);
        int last = 0;
        while (m.find()) {
            sb.append(escaped, last, m.start());
            String name = m.group(2);
            if (m.group(1).equals("#")) {
                sb.append("<a href=\"https://mastodon.social/tags/").append(name.toLowerCase(Locale.ROOT))
                        .append("\" class=\"mention hashtag\" rel=\"tag\">#<span>").append(name).append("</span></a>");
            } else {
                SocialIdentity who = resolveMention(name.toLowerCase(Locale.ROOT));
                if (who == null) {
                    sb.append(m.group());
                } else {
                    String user = name.contains("@") ? name.substring(0, name.indexOf('@')) : name;
                    sb.append("<span class=\"h-card\" translate=\"no\"><a href=\"")
                            .append(html(who.profileUrl().toString()))
                            .append("\" class=\"u-url mention\">@<span>").append(user).append("</span></a></span>");
                }
            }
            last = m.end();
        }
        sb.append(escaped.substring(last)).append("</p>");
        return sb.toString().replace("\n", "<br />");
    }

    @Override
    public SimResponse error(int status, String message) {
        ObjectNode e = object();
        e.put("error", message);
        return SimResponse.json(status, write(e));
    }

    @Override
    public Map<String, String> rateLimitHeaders(int limit, int remaining, Instant reset, Instant now, long windowSeconds) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("X-RateLimit-Limit", Integer.toString(limit));
        h.put("X-RateLimit-Remaining", Integer.toString(Math.max(0, remaining)));
        h.put("X-RateLimit-Reset", DateTimeFormatter.ISO_INSTANT.format(reset.atOffset(ZoneOffset.UTC)
                .withNano(Math.max(reset.getNano(), 1000))));
        return h;
    }
}
