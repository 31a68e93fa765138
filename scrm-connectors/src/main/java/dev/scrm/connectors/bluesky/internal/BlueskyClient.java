package dev.scrm.connectors.bluesky.internal;

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
import dev.scrm.connectors.http.internal.PlatformHttpClient;
import dev.scrm.connectors.http.internal.Urls;
import dev.scrm.connectors.http.internal.Verdict;
import dev.scrm.core.Interaction;
import dev.scrm.core.SocialIdentity;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.Request;
import tools.jackson.databind.JsonNode;

/** Bluesky XRPC calls, paging and mapping. Thread-safe. */
public final class BlueskyClient extends PlatformHttpClient {

    static final String CURSOR = "cursor";
    static final String NEWEST = "newest";
    static final String PENDING_NEWEST = "pending_newest";
    static final String EMPTY_PAGES = "empty_pages";
    private static final int MAX_EMPTY_PAGES = 3;
    private static final int GET_POSTS_BATCH = 25;

    private final BlueskyMapper mapper;

    public BlueskyClient(ConnectorId id, URI base, HttpSettings settings, String identifier, Secret password,
            int pageSize, Duration maxTokenAge) {
        super(id, base, settings, pageSize,
                identifier == null ? Auth.none() : new SessionAuth(base, identifier, password, maxTokenAge),
                RateLimitFormat.epochSecondsReset("RateLimit"), BlueskyClient::classify);
        this.mapper = new BlueskyMapper(id);
    }

    static Verdict classify(int status, JsonNode body, okhttp3.Headers headers) {
        String error = Json.nonBlank(body, "error");
        String message = Json.nonBlank(body, "message");
        if (status >= 200 && status < 300) {
            return Verdict.of(Verdict.Kind.OK);
        }
        if ("ExpiredToken".equals(error)) {
            return Verdict.of(Verdict.Kind.AUTH_EXPIRED, "ExpiredToken");
        }
        if ("InvalidToken".equals(error) || "AuthRequired".equals(error) || "AccountTakedown".equals(error)
                || "AuthFactorTokenRequired".equals(error) || "AuthenticationRequired".equals(error)) {
            return Verdict.of(Verdict.Kind.AUTH_FAILED, error);
        }
        if ("NotFound".equals(error) || "ActorNotFound".equals(error) || "AccountDeactivated".equals(error)
                || (status == 400 && message != null && message.toLowerCase(Locale.ROOT).contains("not found"))) {
            return Verdict.of(Verdict.Kind.NOT_FOUND, error == null ? "not found" : error);
        }
        if (status == 401) {
            return Verdict.of(Verdict.Kind.AUTH_EXPIRED, "unauthorized");
        }
        if (status == 429) {
            return Verdict.of(Verdict.Kind.RATE_LIMITED, "RateLimitExceeded");
        }
        if (status == 400) {
            return Verdict.of(Verdict.Kind.INVALID, error == null ? "bad request" : safe(error));
        }
        return ErrorClassifier.byStatus(status);
    }

    private static String safe(String error) {
        return error.length() > 64 || !error.chars().allMatch(Character::isLetterOrDigit) ? "error" : error;
    }

    @Override
    public Page fetch(ListeningQuery query, Checkpoint from) {
        String operation;
        HttpUrl.Builder url;
        switch (query.kind()) {
            case SEARCH, HASHTAG -> {
                operation = query.kind() == QueryKind.SEARCH ? "searchPosts" : "searchPosts (hashtag)";
                url = Urls.at(base, "xrpc/app.bsky.feed.searchPosts")
                        .addQueryParameter("q", query.kind() == QueryKind.HASHTAG ? "#" + query.value() : query.value())
                        .addQueryParameter("sort", "latest");
                if (query.kind() == QueryKind.HASHTAG) {
                    url.addQueryParameter("tag", query.value());
                }
                if (from.value(CURSOR).isEmpty()) {
                    from.value(NEWEST).ifPresent(n -> url.addQueryParameter("since", n));
                }
            }
            case ACCOUNT_POSTS -> {
                operation = "getAuthorFeed";
                url = Urls.at(base, "xrpc/app.bsky.feed.getAuthorFeed")
                        .addQueryParameter("actor", query.value())
                        .addQueryParameter("filter", "posts_with_replies");
            }
            default -> throw new UnsupportedOperationException("connector '" + id + "' does not support "
                    + query.kind());
        }
        url.addQueryParameter("limit", Integer.toString(pageSize));
        from.value(CURSOR).ifPresent(c -> url.addQueryParameter("cursor", c));
        HttpUrl target = url.build();
        JsonResponse response = transport.execute(operation, () -> new Request.Builder().url(target).get());
        if (response.notFound()) {
            throw new ConnectorException(id, operation, response.status(), false, "the actor or feed does not exist",
                    null);
        }
        JsonNode body = response.body();
        boolean feed = query.kind() == QueryKind.ACCOUNT_POSTS;
        JsonNode items = Json.child(body, feed ? "feed" : "posts");
        if (items == null || !items.isArray()) {
            throw new ConnectorException(id, operation, response.status(), true,
                    "expected a " + (feed ? "feed" : "posts") + " array", null);
        }
        Instant now = settings.clock().instant();
        Instant newest = from.value(NEWEST).map(Json::instant).orElse(null);
        boolean catchingUp = newest != null;
        boolean reachedOld = false;
        Instant pageNewest = null;
        List<Interaction> interactions = new ArrayList<>();
        Map<String, SocialIdentity> identities = new LinkedHashMap<>();
        for (JsonNode item : items) {
            JsonNode post = feed ? Json.child(item, "post") : item;
            Instant sortAt = BlueskyMapper.sortAt(post);
            if (sortAt != null && (pageNewest == null || sortAt.isAfter(pageNewest))) {
                pageNewest = sortAt;
            }
            if (catchingUp && sortAt != null && !sortAt.isAfter(newest)) {
                reachedOld = true;
                continue;
            }
            if (feed) {
                mapper.feedItem(item, now, interactions, identities);
            } else {
                mapper.post(post, QueryKind.SEARCH, now, interactions, identities);
            }
        }
        String cursor = Json.nonBlank(body, "cursor");
        Checkpoint next = from;
        Instant pending = from.value(CURSOR).isEmpty() ? null
                : from.value(PENDING_NEWEST).map(Json::instant).orElse(null);
        if (pageNewest != null && (pending == null || pageNewest.isAfter(pending))) {
            pending = pageNewest;
        }
        next = next.with(PENDING_NEWEST, pending == null ? null : pending.toString());
        int emptyPages = items.isEmpty() ? Integer.parseInt(from.value(EMPTY_PAGES).orElse("0")) + 1 : 0;
        boolean last = cursor == null || reachedOld || emptyPages >= MAX_EMPTY_PAGES;
        if (last) {
            next = next.with(CURSOR, null).with(EMPTY_PAGES, null).with(PENDING_NEWEST, null);
            if (pending != null && (newest == null || pending.isAfter(newest))) {
                next = next.with(NEWEST, pending.toString());
            }
        } else {
            next = next.with(CURSOR, cursor).with(EMPTY_PAGES, emptyPages == 0 ? null : Integer.toString(emptyPages));
        }
        return new Page(interactions, new ArrayList<>(identities.values()), List.of(), next, last);
    }

    @Override
    public Optional<SocialIdentity> profile(String actor) {
        String key = actor.startsWith("@") ? actor.substring(1) : actor;
        return profiles.get(key, k -> {
            HttpUrl target = Urls.at(base, "xrpc/app.bsky.actor.getProfile").addQueryParameter("actor", k).build();
            JsonResponse response = transport.execute("getProfile", () -> new Request.Builder().url(target).get());
            if (response.notFound() || response.body() == null) {
                return Optional.empty();
            }
            return Optional.ofNullable(mapper.profile(response.body(), settings.clock().instant()));
        });
    }

    @Override
    public List<Tombstone> recheck(List<Interaction> items) {
        List<Tombstone> gone = new ArrayList<>();
        for (int i = 0; i < items.size(); i += GET_POSTS_BATCH) {
            List<Interaction> batch = items.subList(i, Math.min(items.size(), i + GET_POSTS_BATCH));
            HttpUrl.Builder url = Urls.at(base, "xrpc/app.bsky.feed.getPosts");
            for (Interaction item : batch) {
                url.addQueryParameter("uris", item.id().nativeId());
            }
            HttpUrl target = url.build();
            JsonResponse response = transport.execute("getPosts", () -> new Request.Builder().url(target).get());
            Set<String> present = new HashSet<>();
            JsonNode posts = Json.child(response.body(), "posts");
            if (posts != null && posts.isArray()) {
                for (JsonNode p : posts) {
                    String uri = Json.nonBlank(p, "uri");
                    if (uri != null) {
                        present.add(uri);
                    }
                }
            }
            Instant now = settings.clock().instant();
            for (Interaction item : batch) {
                if (!present.contains(item.id().nativeId())) {
                    gone.add(new Tombstone(item.id(), TombstoneReason.UNAVAILABLE, now));
                }
            }
        }
        return gone;
    }
}
