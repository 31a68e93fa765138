package dev.scrm.connectors.reddit.internal;

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
import dev.scrm.connectors.http.internal.HttpTransport;
import dev.scrm.connectors.http.internal.Json;
import dev.scrm.connectors.http.internal.JsonResponse;
import dev.scrm.connectors.http.internal.Mapping;
import dev.scrm.connectors.http.internal.ProfileCache;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.Request;
import tools.jackson.databind.JsonNode;

/** Reddit listings, paging and mapping. Thread-safe. */
public final class RedditClient implements dev.scrm.connectors.http.ClientConnector.PlatformClient {

    static final String AFTER = "after";
    static final String NEWEST = "newest";
    static final String PHASE = "phase";

    private final ConnectorId id;
    private final URI base;
    private final HttpSettings settings;
    private final HttpTransport transport;
    private final ProfileCache profiles;
    private final String source;
    private final int limit;

    public RedditClient(ConnectorId id, URI base, URI tokenUrl, String clientId, Secret clientSecret,
            String userAgent, HttpSettings settings, int limit) {
        this.limit = limit;
        this.id = id;
        this.base = base;
        this.settings = settings;
        this.transport = new HttpTransport(id, settings, settings.client().newBuilder().followRedirects(false)
                .followSslRedirects(false).build(), Auth.clientCredentials(tokenUrl, clientId, clientSecret, null),
                RateLimitFormat.secondsUntilReset("X-Ratelimit"), RedditClient::classify, userAgent);
        this.profiles = new ProfileCache(settings.clock());
        this.source = "connector:" + id;
    }

    static Verdict classify(int status, JsonNode body, okhttp3.Headers headers) {
        return switch (status) {
            case 302, 301, 307, 308 -> Verdict.of(Verdict.Kind.NOT_FOUND, "redirected: no such listing");
            case 401 -> Verdict.of(Verdict.Kind.AUTH_EXPIRED, "unauthorized");
            case 403 -> Verdict.of(Verdict.Kind.INVALID, "forbidden (private, quarantined or banned)");
            case 451 -> Verdict.of(Verdict.Kind.INVALID, "unavailable for legal reasons");
            default -> ErrorClassifier.byStatus(status);
        };
    }

    @Override
    public Page fetch(ListeningQuery query, Checkpoint from) {
        HttpUrl.Builder url;
        String operation;
        if (query.kind() == QueryKind.SEARCH) {
            operation = "search";
            url = Urls.at(base, "search").addQueryParameter("q", query.value()).addQueryParameter("sort", "new")
                    .addQueryParameter("type", "link");
        } else if (query.kind() == QueryKind.COMMENTS) {
            operation = "subreddit comments";
            String sub = query.value().replaceFirst("^/?r/", "");
            url = Urls.at(base, "r").addPathSegment(sub).addPathSegment("comments");
        } else {
            throw new UnsupportedOperationException("connector '" + id + "' does not support " + query.kind());
        }
        boolean follow = "follow".equals(from.value(PHASE).orElse(null)) && from.value(NEWEST).isPresent();
        url.addQueryParameter("limit", Integer.toString(limit)).addQueryParameter("raw_json", "1");
        if (follow) {
            url.addQueryParameter("before", from.value(NEWEST).orElseThrow());
        } else {
            from.value(AFTER).ifPresent(a -> url.addQueryParameter("after", a));
        }
        HttpUrl target = url.build();
        JsonResponse response = transport.execute(operation, () -> new Request.Builder().url(target).get());
        if (response.notFound()) {
            throw new ConnectorException(id, operation, response.status(), false, "no such subreddit or listing", null);
        }
        JsonNode data = Json.child(response.body(), "data");
        JsonNode children = Json.child(data, "children");
        if (children == null || !children.isArray()) {
            throw new ConnectorException(id, operation, response.status(), true, "expected a Listing", null);
        }
        Instant now = settings.clock().instant();
        List<Interaction> items = new ArrayList<>();
        Map<String, SocialIdentity> identities = new LinkedHashMap<>();
        List<Tombstone> tombstones = new ArrayList<>();
        String first = null;
        for (JsonNode child : children) {
            JsonNode d = Json.child(child, "data");
            String name = Json.nonBlank(d, "name");
            if (name == null) {
                continue;
            }
            if (first == null) {
                first = name;
            }
            map(Json.text(child, "kind"), d, name, now, items, identities, tombstones);
        }
        Checkpoint next;
        boolean last;
        if (follow) {
            if (children.isEmpty()) {
                next = from;
                last = true;
            } else {
                next = from.with(NEWEST, first);
                last = Json.nonBlank(data, "before") == null && children.size() < limit;
            }
        } else {
            next = from;
            if (from.value(AFTER).isEmpty() && first != null && from.value(NEWEST).isEmpty()) {
                next = next.with(NEWEST, first);
            }
            String after = Json.nonBlank(data, "after");
            if (after != null && !children.isEmpty()) {
                next = next.with(PHASE, "backfill").with(AFTER, after);
                last = false;
            } else {
                next = next.with(PHASE, "follow").with(AFTER, null);
                last = true;
            }
        }
        return new Page(items, new ArrayList<>(identities.values()), tombstones, next, last);
    }

    private void map(String kind, JsonNode d, String name, Instant now, List<Interaction> items,
            Map<String, SocialIdentity> identities, List<Tombstone> tombstones) {
        String author = Json.nonBlank(d, "author");
        String body = "t3".equals(kind) ? Json.text(d, "selftext") : Json.text(d, "body");
        if ("[deleted]".equals(body) || "[removed]".equals(body)
                || ("[deleted]".equals(author) && (body == null || body.isEmpty()))) {
            tombstones.add(new Tombstone(InteractionId.of(Platform.REDDIT, name),
                    "[removed]".equals(body) ? TombstoneReason.REMOVED : TombstoneReason.DELETED, now));
            return;
        }
        Instant created = Json.epochSeconds(d, "created_utc");
        if (created == null) {
            return;
        }
        PlatformAccountId authorId = null;
        String fullname = Json.nonBlank(d, "author_fullname");
        if (fullname != null && author != null && !"[deleted]".equals(author)) {
            authorId = PlatformAccountId.of(Platform.REDDIT, fullname);
            identities.putIfAbsent(fullname, SocialIdentity.builder(authorId).handle(author)
                    .profileUrl(Mapping.uri("https://www.reddit.com/user/" + author)).observedAt(now).build());
        }
        String parent = Json.nonBlank(d, "parent_id");
        boolean post = "t3".equals(kind);
        String text = post ? join(Json.text(d, "title"), body) : body;
        Engagement e = Engagement.none();
        long ups = Json.count(d, "ups");
        if (ups >= 0) {
            e = e.with(EngagementType.LIKES, ups);
        }
        long comments = Json.count(d, "num_comments");
        if (post && comments >= 0) {
            e = e.with(EngagementType.REPLIES, comments);
        }
        Interaction.Builder b = Interaction.builder(InteractionId.of(Platform.REDDIT, name))
                .kind(post ? InteractionKind.MENTION : parent != null && parent.startsWith("t1_") ? InteractionKind.REPLY
                        : InteractionKind.COMMENT)
                .occurredAt(created)
                .author(authorId)
                .text(text == null || text.isEmpty() ? null : Mapping.cap(text, Interaction.MAX_TEXT_LENGTH))
                .engagement(e)
                .raw(Mapping.raw(d))
                .provenance(new Provenance(source, null, now));
        String permalink = Json.nonBlank(d, "permalink");
        if (permalink != null) {
            b.url(Mapping.uri("https://www.reddit.com" + permalink));
        }
        if (parent != null && !parent.equals(name)) {
            b.inReplyTo(InteractionId.of(Platform.REDDIT, parent));
        }
        String link = Json.nonBlank(d, "link_id");
        b.conversationId(link != null ? link : post ? name : null);
        String sub = Json.nonBlank(d, "subreddit");
        if (sub != null && !sub.contains(" ")) {
            b.attribute("subreddit", sub);
        }
        long score = Json.count(d, "score");
        if (d.has("score")) {
            b.attribute("score", Long.toString(score));
        }
        JsonNode edited = d.get("edited");
        if (edited != null && edited.isNumber()) {
            b.attribute("edited_utc", Json.epochSeconds(d, "edited").toString());
        }
        items.add(b.build());
    }

    private static String join(String title, String body) {
        if (title == null || title.isEmpty()) {
            return body;
        }
        return body == null || body.isEmpty() ? title : title + "\n\n" + body;
    }

    @Override
    public Optional<SocialIdentity> profile(String account) {
        String name = account.replaceFirst("^/?u/", "").replaceFirst("^@", "");
        return profiles.get(name, n -> {
            HttpUrl target = Urls.at(base, "user").addPathSegment(n).addPathSegment("about")
                    .addQueryParameter("raw_json", "1").build();
            JsonResponse response = transport.execute("user about", () -> new Request.Builder().url(target).get());
            if (response.notFound()) {
                return Optional.empty();
            }
            JsonNode d = Json.child(response.body(), "data");
            String rid = Json.nonBlank(d, "id");
            if (rid == null) {
                return Optional.empty();
            }
            Instant now = settings.clock().instant();
            String handle = Json.nonBlank(d, "name");
            SocialIdentity.Builder b = SocialIdentity.builder(PlatformAccountId.of(Platform.REDDIT, "t2_" + rid))
                    .observedAt(now).verified(Json.bool(d, "verified"));
            if (handle != null) {
                b.handle(handle).profileUrl(Mapping.uri("https://www.reddit.com/user/" + handle));
            }
            JsonNode profile = Json.child(d, "subreddit");
            String title = Json.nonBlank(profile, "title");
            if (title != null) {
                b.displayName(title);
            }
            String bio = Json.nonBlank(profile, "public_description");
            if (bio != null) {
                b.bio(Mapping.cap(bio, SocialIdentity.MAX_BIO_LENGTH));
                Mapping.urlsInText(bio).forEach(b::bioLink);
            }
            long followers = Json.count(profile, "subscribers");
            if (followers >= 0) {
                b.followerCounts(new FollowerCounts(followers, 0, now));
            }
            for (String f : new String[] {"link_karma", "comment_karma"}) {
                long v = Json.count(d, f);
                if (v >= 0) {
                    b.attribute(f, Long.toString(v));
                }
            }
            b.attribute("has_verified_email", Boolean.toString(Json.bool(d, "has_verified_email")));
            Instant created = Json.epochSeconds(d, "created_utc");
            if (created != null) {
                b.attribute("created_at", created.toString());
            }
            return Optional.of(b.build());
        });
    }
}
