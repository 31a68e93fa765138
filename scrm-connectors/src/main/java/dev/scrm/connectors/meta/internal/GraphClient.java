package dev.scrm.connectors.meta.internal;

import dev.scrm.connector.Checkpoint;
import dev.scrm.connector.ConnectorException;
import dev.scrm.connector.ConnectorId;
import dev.scrm.connector.ListeningQuery;
import dev.scrm.connector.Page;
import dev.scrm.connector.QueryKind;
import dev.scrm.connector.Secret;
import dev.scrm.connectors.http.Auth;
import dev.scrm.connectors.http.HttpSettings;
import dev.scrm.connectors.http.RateLimitFormat;
import dev.scrm.connectors.http.internal.ErrorClassifier;
import dev.scrm.connectors.http.internal.Json;
import dev.scrm.connectors.http.internal.HttpTransport;
import dev.scrm.connectors.http.internal.JsonResponse;
import dev.scrm.connectors.http.internal.Mapping;
import dev.scrm.connectors.http.internal.PlatformHttpClient;
import dev.scrm.connectors.http.internal.Urls;
import dev.scrm.connectors.http.internal.Verdict;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.Request;
import tools.jackson.databind.JsonNode;

/** Graph API calls, paging, error codes and mapping. Thread-safe. */
public final class GraphClient extends PlatformHttpClient {

    public static final String NEXT = "next";
    public static final String NEWEST = "newest";
    static final String PENDING_NEWEST = "pending_newest";
    static final String POST_FIELDS = "id,message,created_time,permalink_url,from,shares,"
            + "comments.summary(true).limit(0),reactions.summary(true).limit(0)";
    static final String COMMENT_FIELDS = "id,message,created_time,from,like_count,comment_count,permalink_url,parent";

    public GraphClient(ConnectorId id, URI base, Secret token, HttpSettings settings, int pageSize) {
        super(id, base, settings, pageSize, Auth.apiKeyParameter("access_token", token), RateLimitFormat.metaUsage(),
                (status, body, headers) -> classify(status, body, settings.clock().instant()));
    }

    public static Verdict classify(int status, JsonNode body, Instant now) {
        JsonNode error = Json.child(body, "error");
        if (error == null) {
            return ErrorClassifier.byStatus(status);
        }
        long code = Json.count(error, "code");
        long regain = -1;
        JsonNode data = Json.child(error, "error_data");
        if (data != null) {
            regain = Json.count(data, "estimated_time_to_regain_access");
        }
        String problem = "Graph error code " + code;
        if (code == 4 || code == 17 || code == 32 || code == 613 || code == 80001 || code == 80002) {
            return new Verdict(Verdict.Kind.RATE_LIMITED, regain > 0 ? now.plus(Duration.ofMinutes(regain)) : null,
                    problem);
        }
        if (code == 190 || code == 102) {
            return Verdict.of(Verdict.Kind.AUTH_FAILED, problem);
        }
        if (code == 1 || code == 2 || Json.bool(error, "is_transient")) {
            return Verdict.of(Verdict.Kind.TRANSIENT, problem);
        }
        if (code == 803 || status == 404 || (code == 100 && Json.count(error, "error_subcode") == 33)) {
            return Verdict.of(Verdict.Kind.NOT_FOUND, problem);
        }
        return status >= 500 ? Verdict.of(Verdict.Kind.TRANSIENT, problem) : Verdict.of(Verdict.Kind.INVALID, problem);
    }

    @Override
    public Page fetch(ListeningQuery query, Checkpoint from) {
        boolean comments = query.kind() == QueryKind.COMMENTS;
        if (!comments && query.kind() != QueryKind.ACCOUNT_POSTS) {
            throw new UnsupportedOperationException("connector '" + id + "' does not support " + query.kind());
        }
        HttpUrl target;
        String stored = from.value(NEXT).orElse(null);
        if (stored != null) {
            target = HttpUrl.get(stored);
        } else if (comments) {
            target = Urls.at(base, "").addPathSegment(query.value()).addPathSegment("comments")
                    .addQueryParameter("fields", COMMENT_FIELDS).addQueryParameter("filter", "stream")
                    .addQueryParameter("order", "reverse_chronological").addQueryParameter("summary", "true")
                    .addQueryParameter("limit", Integer.toString(pageSize)).build();
        } else {
            HttpUrl.Builder feed = Urls.at(base, "").addPathSegment(query.value()).addPathSegment("feed")
                    .addQueryParameter("fields", POST_FIELDS).addQueryParameter("limit", Integer.toString(pageSize));
            from.value(NEWEST).map(Json::instant).ifPresent(n -> feed.addQueryParameter("since",
                    Long.toString(n.getEpochSecond())));
            target = feed.build();
        }
        String operation = comments ? "comments" : "feed";
        Instant now = settings.clock().instant();
        return page(id, base, transport, operation, target, from, it -> comments
                ? comment(it.item(), query.value(), now, it.identities()) : post(it.item(), now, it.identities()));
    }

    /** One listed item with the identities of its page, for a mapper. */
    public record Listed(JsonNode item, Map<String, SocialIdentity> identities) {
    }

    /**
     * Reads one Graph listing page and turns it into a {@link Page}: follows {@code paging.next} without its
     * token, stops at the newest item of the previous pull ({@code since}-style listings) and keeps the newest
     * seen while paging. Shared by the Facebook and Instagram connectors.
     */
    public static Page page(ConnectorId id, URI base, HttpTransport transport, String operation, HttpUrl target,
            Checkpoint from, java.util.function.Function<Listed, Interaction> mapper) {
        String stored = from.value(NEXT).orElse(null);
        JsonResponse response = transport.execute(operation, () -> new Request.Builder().url(target).get());
        if (response.notFound()) {
            throw new ConnectorException(id, operation, response.status(), false, "no such object", null);
        }
        JsonNode items = Json.child(response.body(), "data");
        if (items == null || !items.isArray()) {
            throw new ConnectorException(id, operation, response.status(), true, "expected a data array", null);
        }
        Instant newest = from.value(NEWEST).map(Json::instant).orElse(null);
        Instant pending = stored == null ? null : from.value(PENDING_NEWEST).map(Json::instant).orElse(null);
        boolean reachedOld = false;
        List<Interaction> out = new ArrayList<>();
        Map<String, SocialIdentity> identities = new LinkedHashMap<>();
        for (JsonNode item : items) {
            Interaction i = mapper.apply(new Listed(item, identities));
            if (i == null) {
                continue;
            }
            if (pending == null || i.occurredAt().isAfter(pending)) {
                pending = i.occurredAt();
            }
            if (newest != null && !i.occurredAt().isAfter(newest)) {
                reachedOld = true;
                continue;
            }
            out.add(i);
        }
        String next = safeNext(base, Json.nonBlank(Json.child(response.body(), "paging"), "next"));
        boolean last = next == null || items.isEmpty() || reachedOld;
        Checkpoint after = from.with(NEXT, last ? null : next)
                .with(PENDING_NEWEST, last || pending == null ? null : pending.toString());
        if (last && pending != null && (newest == null || pending.isAfter(newest))) {
            after = after.with(NEWEST, pending.toString());
        }
        return new Page(out, new ArrayList<>(identities.values()), List.of(), after, last);
    }

    /** The next link without its access token, or null when absent or pointing at another host. */
    public static String safeNext(URI base, String next) {
        if (next == null) {
            return null;
        }
        HttpUrl url = HttpUrl.parse(next);
        HttpUrl home = HttpUrl.get(base.toString());
        if (url == null || !url.host().equals(home.host()) || url.port() != home.port()) {
            return null;
        }
        return url.newBuilder().removeAllQueryParameters("access_token").removeAllQueryParameters("appsecret_proof")
                .build().toString();
    }

    private Interaction post(JsonNode p, Instant now, Map<String, SocialIdentity> identities) {
        String pid = Json.nonBlank(p, "id");
        Instant created = Json.instant(Json.text(p, "created_time"));
        if (pid == null || created == null || pid.chars().anyMatch(Character::isWhitespace)) {
            return null;
        }
        PlatformAccountId author = author(Json.child(p, "from"), now, identities);
        Engagement e = Engagement.none();
        long shares = Json.count(Json.child(p, "shares"), "count");
        long reactions = Json.count(Json.child(Json.child(p, "reactions"), "summary"), "total_count");
        long comments = Json.count(Json.child(Json.child(p, "comments"), "summary"), "total_count");
        e = shares >= 0 ? e.with(EngagementType.SHARES, shares) : e;
        e = reactions >= 0 ? e.with(EngagementType.LIKES, reactions) : e;
        e = comments >= 0 ? e.with(EngagementType.REPLIES, comments) : e;
        String message = Json.text(p, "message");
        String page = pid.contains("_") ? pid.substring(0, pid.indexOf('_')) : null;
        boolean byPage = author != null && author.nativeId().equals(page);
        return Interaction.builder(InteractionId.of(Platform.FACEBOOK, pid))
                .kind(byPage ? InteractionKind.POST : InteractionKind.MENTION)
                .direction(byPage || author == null ? Direction.OUTBOUND : Direction.INBOUND)
                .occurredAt(created).author(author)
                .text(message == null || message.isEmpty() ? null : Mapping.cap(message, Interaction.MAX_TEXT_LENGTH))
                .url(Mapping.uri(Json.nonBlank(p, "permalink_url")))
                .conversationId(pid)
                .engagement(e)
                .raw(Mapping.raw(p))
                .provenance(new Provenance(source, null, now))
                .build();
    }

    private Interaction comment(JsonNode c, String object, Instant now, Map<String, SocialIdentity> identities) {
        String cid = Json.nonBlank(c, "id");
        if (cid == null) {
            HttpUrl link = HttpUrl.parse(String.valueOf(Json.nonBlank(c, "permalink_url")));
            String commentId = link == null ? null : link.queryParameter("comment_id");
            cid = commentId == null ? null : object + "_" + commentId;
        }
        Instant created = Json.instant(Json.text(c, "created_time"));
        if (cid == null || created == null || cid.chars().anyMatch(Character::isWhitespace)) {
            return null;
        }
        PlatformAccountId author = author(Json.child(c, "from"), now, identities);
        String parent = Json.nonBlank(Json.child(c, "parent"), "id");
        Engagement e = Engagement.none();
        long likes = Json.count(c, "like_count");
        long replies = Json.count(c, "comment_count");
        e = likes >= 0 ? e.with(EngagementType.LIKES, likes) : e;
        e = replies >= 0 ? e.with(EngagementType.REPLIES, replies) : e;
        String message = Json.text(c, "message");
        String inReplyTo = parent != null ? parent : object;
        Interaction.Builder b = Interaction.builder(InteractionId.of(Platform.FACEBOOK, cid))
                .kind(parent != null ? InteractionKind.REPLY : InteractionKind.COMMENT)
                .occurredAt(created).author(author)
                .text(message == null || message.isEmpty() ? null : Mapping.cap(message, Interaction.MAX_TEXT_LENGTH))
                .url(Mapping.uri(Json.nonBlank(c, "permalink_url")))
                .conversationId(object)
                .engagement(e)
                .raw(Mapping.raw(c))
                .provenance(new Provenance(source, null, now));
        if (!inReplyTo.equals(cid) && inReplyTo.chars().noneMatch(Character::isWhitespace)) {
            b.inReplyTo(InteractionId.of(Platform.FACEBOOK, inReplyTo));
        }
        return b.build();
    }

    private PlatformAccountId author(JsonNode from, Instant now, Map<String, SocialIdentity> identities) {
        String fid = Json.nonBlank(from, "id");
        if (fid == null || fid.chars().anyMatch(Character::isWhitespace)) {
            return null;
        }
        PlatformAccountId account = PlatformAccountId.of(Platform.FACEBOOK, fid);
        SocialIdentity.Builder b = SocialIdentity.builder(account).observedAt(now);
        String name = Json.nonBlank(from, "name");
        if (name != null) {
            b.displayName(Mapping.profileText(name));
        }
        identities.putIfAbsent(fid, b.build());
        return account;
    }

    @Override
    public List<dev.scrm.connector.Tombstone> recheck(List<Interaction> items) {
        return recheck(base, transport, settings.clock(), items);
    }

    /** Re-reads Graph objects one by one; one Graph no longer serves is reported unavailable. */
    public static List<dev.scrm.connector.Tombstone> recheck(URI base, HttpTransport transport, java.time.Clock clock,
            List<Interaction> items) {
        List<dev.scrm.connector.Tombstone> gone = new ArrayList<>();
        for (Interaction item : items) {
            HttpUrl target = Urls.at(base, "").addPathSegment(item.id().nativeId()).addQueryParameter("fields", "id")
                    .build();
            JsonResponse response = transport.execute("recheck", () -> new Request.Builder().url(target).get());
            if (response.notFound()) {
                gone.add(new dev.scrm.connector.Tombstone(item.id(), dev.scrm.connector.TombstoneReason.UNAVAILABLE,
                        clock.instant()));
            }
        }
        return gone;
    }

    @Override
    public Optional<SocialIdentity> profile(String page) {
        return profiles.get(page, p -> {
            HttpUrl target = Urls.at(base, "").addPathSegment(p)
                    .addQueryParameter("fields", "name,username,link,about,website,followers_count,fan_count").build();
            JsonResponse response = transport.execute("page", () -> new Request.Builder().url(target).get());
            JsonNode body = response.notFound() ? null : response.body();
            String pid = Json.nonBlank(body, "id");
            if (pid == null) {
                return Optional.empty();
            }
            Instant now = settings.clock().instant();
            SocialIdentity.Builder b = SocialIdentity.builder(PlatformAccountId.of(Platform.FACEBOOK, pid))
                    .observedAt(now).profileUrl(Mapping.uri(Json.nonBlank(body, "link")));
            String username = Json.nonBlank(body, "username");
            if (username != null && username.chars().noneMatch(Character::isWhitespace)) {
                b.handle(username);
            }
            String name = Json.nonBlank(body, "name");
            if (name != null) {
                b.displayName(Mapping.profileText(name));
            }
            String about = Json.nonBlank(body, "about");
            if (about != null) {
                b.bio(Mapping.cap(about, SocialIdentity.MAX_BIO_LENGTH));
            }
            URI website = Mapping.uri(Json.nonBlank(body, "website"));
            if (website != null) {
                b.bioLink(website);
            }
            long followers = Json.count(body, "followers_count");
            if (followers < 0) {
                followers = Json.count(body, "fan_count");
            }
            if (followers >= 0) {
                b.followerCounts(new FollowerCounts(followers, 0, now));
            }
            return Optional.of(b.build());
        });
    }
}
