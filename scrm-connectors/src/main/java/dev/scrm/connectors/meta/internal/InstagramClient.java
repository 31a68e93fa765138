package dev.scrm.connectors.meta.internal;

import dev.scrm.connector.Checkpoint;
import dev.scrm.connector.ConnectorId;
import dev.scrm.connector.ListeningQuery;
import dev.scrm.connector.Page;
import dev.scrm.connector.QueryKind;
import dev.scrm.connector.Secret;
import dev.scrm.connector.Tombstone;
import dev.scrm.connectors.http.Auth;
import dev.scrm.connectors.http.HttpSettings;
import dev.scrm.connectors.http.RateLimitFormat;
import dev.scrm.connectors.http.internal.Json;
import dev.scrm.connectors.http.internal.JsonResponse;
import dev.scrm.connectors.http.internal.Mapping;
import dev.scrm.connectors.http.internal.PlatformHttpClient;
import dev.scrm.connectors.http.internal.Urls;
import dev.scrm.core.Direction;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.Request;
import tools.jackson.databind.JsonNode;

/** Instagram Graph API calls (business account media, media comments, business discovery) and mapping. */
public final class InstagramClient extends PlatformHttpClient {

    static final String MEDIA_FIELDS = "id,caption,media_type,permalink,timestamp,username,like_count,comments_count";
    static final String COMMENT_FIELDS = "id,text,timestamp,username,like_count,from,parent_id";
    static final String PROFILE_FIELDS = "id,username,name,biography,website,followers_count,follows_count,"
            + "media_count";
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._]{1,30}");

    private final String businessAccount;

    public InstagramClient(ConnectorId id, URI base, Secret token, HttpSettings settings, int pageSize,
            String businessAccount) {
        super(id, base, settings, pageSize, Auth.apiKeyParameter("access_token", token), RateLimitFormat.metaUsage(),
                (status, body, headers) -> GraphClient.classify(status, body, settings.clock().instant()));
        this.businessAccount = businessAccount;
    }

    @Override
    public Page fetch(ListeningQuery query, Checkpoint from) {
        boolean comments = query.kind() == QueryKind.COMMENTS;
        if (!comments && query.kind() != QueryKind.ACCOUNT_POSTS) {
            throw new UnsupportedOperationException("connector '" + id + "' does not support " + query.kind());
        }
        String stored = from.value(GraphClient.NEXT).orElse(null);
        HttpUrl target = stored != null ? HttpUrl.get(stored) : Urls.at(base, "").addPathSegment(query.value())
                .addPathSegment(comments ? "comments" : "media")
                .addQueryParameter("fields", comments ? COMMENT_FIELDS : MEDIA_FIELDS)
                .addQueryParameter("limit", Integer.toString(pageSize)).build();
        Instant now = settings.clock().instant();
        return GraphClient.page(id, base, transport, comments ? "comments" : "media", target, from,
                it -> comments ? comment(it.item(), query.value(), now, it.identities())
                        : media(it.item(), now, it.identities()));
    }

    private Interaction media(JsonNode m, Instant now, Map<String, SocialIdentity> identities) {
        String mid = Json.nonBlank(m, "id");
        Instant created = Json.instant(Json.text(m, "timestamp"));
        if (mid == null || created == null || mid.chars().anyMatch(Character::isWhitespace)) {
            return null;
        }
        PlatformAccountId author = account(Json.child(m, "owner"), Json.nonBlank(m, "username"), now, identities);
        Engagement e = Engagement.none();
        long likes = Json.count(m, "like_count");
        long comments = Json.count(m, "comments_count");
        e = likes >= 0 ? e.with(EngagementType.LIKES, likes) : e;
        e = comments >= 0 ? e.with(EngagementType.REPLIES, comments) : e;
        String caption = Json.text(m, "caption");
        Interaction.Builder b = Interaction.builder(InteractionId.of(Platform.INSTAGRAM, mid))
                .kind(InteractionKind.POST).direction(Direction.OUTBOUND)
                .occurredAt(created).author(author)
                .text(caption == null || caption.isEmpty() ? null : Mapping.cap(caption, Interaction.MAX_TEXT_LENGTH))
                .url(Mapping.uri(Json.nonBlank(m, "permalink")))
                .conversationId(mid)
                .engagement(e)
                .raw(Mapping.raw(m))
                .provenance(new Provenance(source, null, now));
        String type = Json.nonBlank(m, "media_type");
        if (type != null && type.length() <= 32) {
            b.attribute("media_type", type);
        }
        return b.build();
    }

    private Interaction comment(JsonNode c, String media, Instant now, Map<String, SocialIdentity> identities) {
        String cid = Json.nonBlank(c, "id");
        Instant created = Json.instant(Json.text(c, "timestamp"));
        if (cid == null || created == null || cid.chars().anyMatch(Character::isWhitespace)) {
            return null;
        }
        PlatformAccountId author = account(Json.child(c, "from"), Json.nonBlank(c, "username"), now, identities);
        String parent = Json.nonBlank(c, "parent_id");
        Engagement e = Engagement.none();
        long likes = Json.count(c, "like_count");
        e = likes >= 0 ? e.with(EngagementType.LIKES, likes) : e;
        String text = Json.text(c, "text");
        String inReplyTo = parent != null ? parent : media;
        Interaction.Builder b = Interaction.builder(InteractionId.of(Platform.INSTAGRAM, cid))
                .kind(parent != null ? InteractionKind.REPLY : InteractionKind.COMMENT)
                .direction(Direction.INBOUND)
                .occurredAt(created).author(author)
                .text(text == null || text.isEmpty() ? null : Mapping.cap(text, Interaction.MAX_TEXT_LENGTH))
                .conversationId(media)
                .engagement(e)
                .raw(Mapping.raw(c))
                .provenance(new Provenance(source, null, now));
        if (!inReplyTo.equals(cid) && inReplyTo.chars().noneMatch(Character::isWhitespace)) {
            b.inReplyTo(InteractionId.of(Platform.INSTAGRAM, inReplyTo));
        }
        return b.build();
    }

    /** The author: {@code from{id,username}} when Graph sends it, else the bare username. */
    private PlatformAccountId account(JsonNode from, String username, Instant now,
            Map<String, SocialIdentity> identities) {
        String aid = Json.nonBlank(from, "id");
        String handle = Json.nonBlank(from, "username");
        handle = handle != null ? handle : username;
        if (handle != null && !USERNAME.matcher(handle).matches()) {
            handle = null;
        }
        if (aid == null || aid.chars().anyMatch(Character::isWhitespace)) {
            if (handle == null) {
                return null;
            }
            aid = "@" + handle.toLowerCase(java.util.Locale.ROOT);
        }
        PlatformAccountId account = PlatformAccountId.of(Platform.INSTAGRAM, aid);
        SocialIdentity.Builder b = SocialIdentity.builder(account).observedAt(now);
        if (handle != null) {
            b.handle(handle).profileUrl(Mapping.uri("https://www.instagram.com/" + handle + "/"));
        }
        identities.putIfAbsent(aid, b.build());
        return account;
    }

    @Override
    public List<Tombstone> recheck(List<Interaction> items) {
        return GraphClient.recheck(base, transport, settings.clock(), items);
    }

    /**
     * A profile: an Instagram user id is read directly; a username is looked up through
     * {@code business_discovery} on the connector's own business account.
     */
    @Override
    public Optional<SocialIdentity> profile(String account) {
        return profiles.get(account, a -> {
            boolean byId = a.chars().allMatch(Character::isDigit);
            String name = a.startsWith("@") ? a.substring(1) : a;
            if (!byId && (businessAccount == null || !USERNAME.matcher(name).matches())) {
                if (businessAccount == null) {
                    throw new IllegalStateException("connector '" + id + "' needs its businessAccount to look up"
                            + " other accounts by username");
                }
                return Optional.empty();
            }
            HttpUrl target = byId
                    ? Urls.at(base, "").addPathSegment(a).addQueryParameter("fields", PROFILE_FIELDS).build()
                    : Urls.at(base, "").addPathSegment(businessAccount).addQueryParameter("fields",
                            "business_discovery.username(" + name + "){" + PROFILE_FIELDS + "}").build();
            JsonResponse response = transport.execute(byId ? "user" : "business_discovery",
                    () -> new Request.Builder().url(target).get());
            JsonNode body = response.notFound() ? null : response.body();
            JsonNode user = byId ? body : Json.child(body, "business_discovery");
            String uid = Json.nonBlank(user, "id");
            if (uid == null || uid.chars().anyMatch(Character::isWhitespace)) {
                return Optional.empty();
            }
            Instant now = settings.clock().instant();
            SocialIdentity.Builder b = SocialIdentity.builder(PlatformAccountId.of(Platform.INSTAGRAM, uid))
                    .observedAt(now);
            String username = Json.nonBlank(user, "username");
            if (username != null && USERNAME.matcher(username).matches()) {
                b.handle(username).profileUrl(Mapping.uri("https://www.instagram.com/" + username + "/"));
            }
            String display = Json.nonBlank(user, "name");
            if (display != null) {
                b.displayName(Mapping.profileText(display));
            }
            String bio = Json.nonBlank(user, "biography");
            if (bio != null) {
                b.bio(Mapping.cap(bio, SocialIdentity.MAX_BIO_LENGTH));
                Mapping.urlsInText(bio).forEach(b::bioLink);
            }
            URI website = Mapping.uri(Json.nonBlank(user, "website"));
            if (website != null) {
                b.bioLink(website);
            }
            long followers = Json.count(user, "followers_count");
            long follows = Json.count(user, "follows_count");
            if (followers >= 0) {
                b.followerCounts(new FollowerCounts(followers, Math.max(follows, 0), now));
            }
            if (Json.count(user, "media_count") >= 0) {
                b.attribute("media_count", Long.toString(Json.count(user, "media_count")));
            }
            return Optional.of(b.build());
        });
    }
}
