package dev.scrm.connectors.x.internal;

import dev.scrm.connector.Checkpoint;
import dev.scrm.connector.ConnectorException;
import dev.scrm.connector.ConnectorId;
import dev.scrm.connector.ListeningQuery;
import dev.scrm.connector.Page;
import dev.scrm.connector.QueryKind;
import dev.scrm.connector.Secret;
import dev.scrm.connector.Tombstone;
import dev.scrm.connector.TombstoneReason;
import dev.scrm.connectors.http.Auth;
import dev.scrm.connectors.http.HttpSettings;
import dev.scrm.connectors.http.RateLimitFormat;
import dev.scrm.connectors.http.internal.ErrorClassifier;
import dev.scrm.connectors.http.internal.Json;
import dev.scrm.connectors.http.internal.JsonResponse;
import dev.scrm.connectors.http.internal.Mapping;
import dev.scrm.connectors.http.internal.PlatformHttpClient;
import dev.scrm.connectors.http.internal.Urls;
import dev.scrm.connectors.http.internal.Verdict;
import dev.scrm.core.Engagement;
import dev.scrm.core.EngagementType;
import dev.scrm.core.FollowerCounts;
import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionId;
import dev.scrm.core.InteractionKind;
import dev.scrm.core.Platform;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.Provenance;
import dev.scrm.core.SocialIdentity;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.Request;
import tools.jackson.databind.JsonNode;

/** X API v2 calls, paging and mapping. Thread-safe. */
public final class XClient extends PlatformHttpClient {

    static final String NEXT_TOKEN = "next_token";
    static final String SINCE_ID = "since_id";
    static final String PENDING_NEWEST = "pending_newest";
    static final String TWEET_FIELDS = "created_at,lang,public_metrics,conversation_id,in_reply_to_user_id,"
            + "referenced_tweets,entities,author_id,note_tweet,edit_history_tweet_ids";
    static final String USER_FIELDS = "username,name,description,url,entities,location,profile_image_url,"
            + "public_metrics,created_at,verified,protected";
    static final String EXPANSIONS = "author_id,referenced_tweets.id,in_reply_to_user_id,entities.mentions.username";

    public XClient(ConnectorId id, URI base, Secret token, HttpSettings settings, int pageSize) {
        super(id, base, settings, pageSize, Auth.bearer(token), RateLimitFormat.epochSecondsReset("x-rate-limit"),
                XClient::classify);
    }

    static Verdict classify(int status, JsonNode body, okhttp3.Headers headers) {
        String title = Json.nonBlank(body, "title");
        String type = Json.nonBlank(body, "type");
        String reason = Json.nonBlank(body, "reason");
        String text = (title + " " + type + " " + reason + " " + Json.text(body, "detail")).toLowerCase(Locale.ROOT);
        if (status == 401) {
            return Verdict.of(Verdict.Kind.AUTH_FAILED, "unauthorized");
        }
        if (status == 403) {
            return Verdict.of(Verdict.Kind.INVALID, text.contains("client-not-enrolled") || text.contains("453")
                    ? "the app's access level does not include this endpoint" : "forbidden");
        }
        if (status == 429 && (text.contains("usagecapexceeded") || text.contains("usage cap"))) {
            return Verdict.of(Verdict.Kind.QUOTA_EXHAUSTED, "monthly usage cap exceeded");
        }
        return ErrorClassifier.byStatus(status);
    }

    @Override
    public Page fetch(ListeningQuery query, Checkpoint from) {
        String q = query.kind() == QueryKind.HASHTAG ? "#" + query.value() : query.value();
        if (query.kind() != QueryKind.SEARCH && query.kind() != QueryKind.HASHTAG) {
            throw new UnsupportedOperationException("connector '" + id + "' does not support " + query.kind());
        }
        HttpUrl.Builder url = Urls.at(base, "2/tweets/search/recent").addQueryParameter("query", q)
                .addQueryParameter("max_results", Integer.toString(pageSize))
                .addQueryParameter("expansions", EXPANSIONS).addQueryParameter("tweet.fields", TWEET_FIELDS)
                .addQueryParameter("user.fields", USER_FIELDS);
        from.value(NEXT_TOKEN).ifPresent(t -> url.addQueryParameter("next_token", t));
        from.value(SINCE_ID).ifPresent(s -> url.addQueryParameter("since_id", s));
        HttpUrl target = url.build();
        JsonResponse response = transport.execute("recent search", () -> new Request.Builder().url(target).get());
        if (response.notFound()) {
            throw new ConnectorException(id, "recent search", response.status(), false, "endpoint not found", null);
        }
        JsonNode body = response.body();
        Instant now = settings.clock().instant();
        Map<String, JsonNode> users = new HashMap<>();
        JsonNode includes = Json.child(body, "includes");
        JsonNode includedUsers = Json.child(includes, "users");
        if (includedUsers != null && includedUsers.isArray()) {
            for (JsonNode u : includedUsers) {
                String uid = Json.nonBlank(u, "id");
                if (uid != null) {
                    users.put(uid, u);
                }
            }
        }
        List<Interaction> items = new ArrayList<>();
        Map<String, SocialIdentity> identities = new LinkedHashMap<>();
        JsonNode data = Json.child(body, "data");
        if (data != null && data.isArray()) {
            for (JsonNode t : data) {
                Interaction i = tweet(t, users, now, identities);
                if (i != null) {
                    items.add(i);
                }
            }
        }
        List<Tombstone> tombstones = new ArrayList<>();
        JsonNode errors = Json.child(body, "errors");
        if (errors != null && errors.isArray()) {
            for (JsonNode e : errors) {
                String etype = Json.text(e, "type");
                String rid = Json.nonBlank(e, "resource_id");
                if (etype != null && etype.endsWith("resource-not-found") && rid != null
                        && "tweet".equals(Json.text(e, "resource_type")) && rid.chars().allMatch(Character::isDigit)) {
                    tombstones.add(new Tombstone(InteractionId.of(Platform.X, rid), TombstoneReason.UNAVAILABLE, now));
                }
            }
        }
        JsonNode meta = Json.child(body, "meta");
        String nextToken = Json.nonBlank(meta, "next_token");
        String newest = Json.nonBlank(meta, "newest_id");
        Checkpoint next = from;
        if (from.value(NEXT_TOKEN).isEmpty() && newest != null) {
            next = next.with(PENDING_NEWEST, newest);
        }
        boolean last = nextToken == null;
        if (last) {
            String pending = next.value(PENDING_NEWEST).orElse(null);
            next = next.with(NEXT_TOKEN, null).with(PENDING_NEWEST, null);
            if (pending != null) {
                next = next.with(SINCE_ID, pending);
            }
        } else {
            next = next.with(NEXT_TOKEN, nextToken);
        }
        return new Page(items, new ArrayList<>(identities.values()), tombstones, next, last);
    }

    private Interaction tweet(JsonNode t, Map<String, JsonNode> users, Instant now,
            Map<String, SocialIdentity> identities) {
        String tid = Json.nonBlank(t, "id");
        Instant created = Json.instant(Json.text(t, "created_at"));
        if (tid == null || tid.chars().anyMatch(Character::isWhitespace)) {
            return null;
        }
        String authorId = Json.nonBlank(t, "author_id");
        JsonNode user = authorId == null ? null : users.get(authorId);
        PlatformAccountId author = authorId == null ? null : PlatformAccountId.of(Platform.X, authorId);
        if (user != null) {
            identities.putIfAbsent(authorId, user(user, now));
        }
        String replied = null;
        boolean retweet = false;
        JsonNode refs = Json.child(t, "referenced_tweets");
        if (refs != null && refs.isArray()) {
            for (JsonNode r : refs) {
                String rtype = Json.text(r, "type");
                if ("replied_to".equals(rtype)) {
                    replied = Json.nonBlank(r, "id");
                } else if ("retweeted".equals(rtype)) {
                    retweet = true;
                }
            }
        }
        String text = Json.nonBlank(Json.child(t, "note_tweet"), "text");
        if (text == null) {
            text = Json.text(t, "text");
        }
        JsonNode pm = Json.child(t, "public_metrics");
        Engagement e = Engagement.none();
        e = with(e, EngagementType.LIKES, Json.count(pm, "like_count"));
        e = with(e, EngagementType.SHARES, Json.count(pm, "retweet_count"));
        e = with(e, EngagementType.REPLIES, Json.count(pm, "reply_count"));
        e = with(e, EngagementType.QUOTES, Json.count(pm, "quote_count"));
        e = with(e, EngagementType.SAVES, Json.count(pm, "bookmark_count"));
        e = with(e, EngagementType.VIEWS, Json.count(pm, "impression_count"));
        String username = Json.nonBlank(user, "username");
        Interaction.Builder b = Interaction.builder(InteractionId.of(Platform.X, tid))
                .kind(retweet ? InteractionKind.SHARE : replied != null ? InteractionKind.REPLY : InteractionKind.MENTION)
                .occurredAt(created != null ? created : now)
                .author(author)
                .text(text == null || text.isEmpty() ? null : Mapping.cap(text, Interaction.MAX_TEXT_LENGTH))
                .language(Mapping.language(Json.text(t, "lang")))
                .engagement(e)
                .url(Mapping.uri("https://x.com/" + (username != null ? username : "i/web") + "/status/" + tid))
                .raw(Mapping.raw(t))
                .provenance(new Provenance(source, null, now));
        if (created == null) {
            b.attribute("created_at_missing", "true");
        }
        if (replied != null && !replied.equals(tid)) {
            b.inReplyTo(InteractionId.of(Platform.X, replied));
        }
        String conversation = Json.nonBlank(t, "conversation_id");
        if (conversation != null) {
            b.conversationId(conversation);
        }
        JsonNode tags = Json.child(Json.child(t, "entities"), "hashtags");
        if (tags != null && tags.isArray() && !tags.isEmpty()) {
            List<String> names = new ArrayList<>();
            for (JsonNode h : tags) {
                String tag = Json.nonBlank(h, "tag");
                if (tag != null) {
                    names.add(tag.toLowerCase(Locale.ROOT));
                }
            }
            if (!names.isEmpty()) {
                b.attribute("hashtags", String.join(",", names));
            }
        }
        return b.build();
    }

    SocialIdentity user(JsonNode u, Instant now) {
        String uid = Json.nonBlank(u, "id");
        SocialIdentity.Builder b = SocialIdentity.builder(PlatformAccountId.of(Platform.X, uid)).observedAt(now)
                .verified(Json.bool(u, "verified"));
        String username = Json.nonBlank(u, "username");
        if (username != null) {
            b.handle(username).profileUrl(Mapping.uri("https://x.com/" + username));
        }
        String name = Json.nonBlank(u, "name");
        if (name != null) {
            b.displayName(Mapping.profileText(name));
        }
        String description = Json.nonBlank(u, "description");
        if (description != null) {
            b.bio(Mapping.cap(description, SocialIdentity.MAX_BIO_LENGTH));
        }
        String location = Json.nonBlank(u, "location");
        if (location != null) {
            b.location(Mapping.profileText(location));
        }
        JsonNode entities = Json.child(u, "entities");
        List<URI> links = new ArrayList<>();
        for (String part : new String[] {"url", "description"}) {
            JsonNode urls = Json.child(Json.child(entities, part), "urls");
            if (urls != null && urls.isArray()) {
                for (JsonNode x : urls) {
                    URI link = Mapping.uri(Json.nonBlank(x, "expanded_url"));
                    if (link != null && !links.contains(link)) {
                        links.add(link);
                    }
                }
            }
        }
        if (links.isEmpty()) {
            URI plain = Mapping.uri(Json.nonBlank(u, "url"));
            if (plain != null) {
                links.add(plain);
            }
        }
        links.forEach(b::bioLink);
        JsonNode pm = Json.child(u, "public_metrics");
        long followers = Json.count(pm, "followers_count");
        if (followers >= 0) {
            b.followerCounts(new FollowerCounts(followers, Math.max(0, Json.count(pm, "following_count")), now));
        }
        for (String f : new String[] {"tweet_count", "listed_count"}) {
            long v = Json.count(pm, f);
            if (v >= 0) {
                b.attribute(f, Long.toString(v));
            }
        }
        b.attribute("protected", Boolean.toString(Json.bool(u, "protected")));
        String created = Json.nonBlank(u, "created_at");
        if (created != null) {
            b.attribute("created_at", created);
        }
        return b.build();
    }

    @Override
    public Optional<SocialIdentity> profile(String account) {
        String username = account.startsWith("@") ? account.substring(1) : account;
        return profiles.get(username.toLowerCase(Locale.ROOT), k -> {
            HttpUrl target = Urls.at(base, "2/users/by/username").addPathSegment(username)
                    .addQueryParameter("user.fields", USER_FIELDS).build();
            JsonResponse response = transport.execute("user lookup", () -> new Request.Builder().url(target).get());
            JsonNode data = response.notFound() ? null : Json.child(response.body(), "data");
            if (data == null || Json.nonBlank(data, "id") == null) {
                return Optional.empty();
            }
            return Optional.of(user(data, settings.clock().instant()));
        });
    }

    private static Engagement with(Engagement e, EngagementType type, long n) {
        return n < 0 ? e : e.with(type, n);
    }
}
