package dev.scrm.connectors.youtube.internal;

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
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.Request;
import tools.jackson.databind.JsonNode;

/** YouTube Data API v3 calls, paging, error reasons and mapping. Thread-safe. */
public final class YouTubeClient extends PlatformHttpClient {

    static final String PAGE_TOKEN = "page_token";
    static final String NEWEST = "newest";
    static final String PENDING_NEWEST = "pending_newest";
    private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");

    public YouTubeClient(ConnectorId id, URI base, Secret key, HttpSettings settings, int pageSize) {
        super(id, base, settings, pageSize, Auth.apiKeyParameter("key", key), RateLimitFormat.none(),
                (status, body, headers) -> classify(status, body, settings.clock().instant()));
    }

    /** The next midnight in Pacific time after an instant, when the daily quota resets. */
    static Instant nextPacificMidnight(Instant now) {
        LocalDate today = now.atZone(PACIFIC).toLocalDate();
        return ZonedDateTime.of(today.plusDays(1).atStartOfDay(), PACIFIC).toInstant();
    }

    static Verdict classify(int status, JsonNode body, Instant now) {
        if (status >= 200 && status < 300) {
            return Verdict.of(Verdict.Kind.OK);
        }
        JsonNode errors = Json.child(Json.child(body, "error"), "errors");
        String reason = errors != null && errors.isArray() && !errors.isEmpty()
                ? Json.nonBlank(errors.get(0), "reason") : null;
        if (reason == null) {
            String statusName = Json.nonBlank(Json.child(body, "error"), "status");
            if ("PERMISSION_DENIED".equals(statusName)) {
                return Verdict.of(Verdict.Kind.INVALID, "permission denied");
            }
            return ErrorClassifier.byStatus(status);
        }
        return switch (reason) {
            case "quotaExceeded", "dailyLimitExceeded" -> new Verdict(Verdict.Kind.QUOTA_EXHAUSTED,
                    nextPacificMidnight(now), reason);
            case "rateLimitExceeded", "userRateLimitExceeded" -> Verdict.of(Verdict.Kind.RATE_LIMITED, reason);
            case "backendError", "internalError" -> Verdict.of(Verdict.Kind.TRANSIENT, reason);
            case "keyInvalid", "keyExpired", "ipRefererBlocked" -> Verdict.of(Verdict.Kind.AUTH_FAILED, reason);
            case "authError" -> Verdict.of(Verdict.Kind.AUTH_EXPIRED, reason);
            case "videoNotFound", "channelNotFound", "commentThreadNotFound" ->
                    Verdict.of(Verdict.Kind.NOT_FOUND, reason);
            default -> status >= 500 ? Verdict.of(Verdict.Kind.TRANSIENT, "server error")
                    : Verdict.of(Verdict.Kind.INVALID, reason.chars().allMatch(Character::isLetterOrDigit)
                            && reason.length() < 64 ? reason : "request refused");
        };
    }

    @Override
    public Page fetch(ListeningQuery query, Checkpoint from) {
        if (query.kind() != QueryKind.COMMENTS) {
            throw new UnsupportedOperationException("connector '" + id + "' does not support " + query.kind());
        }
        HttpUrl.Builder url = Urls.at(base, "commentThreads").addQueryParameter("part", "snippet,replies")
                .addQueryParameter("videoId", query.value()).addQueryParameter("maxResults", Integer.toString(pageSize))
                .addQueryParameter("order", "time").addQueryParameter("textFormat", "plainText");
        from.value(PAGE_TOKEN).ifPresent(t -> url.addQueryParameter("pageToken", t));
        HttpUrl target = url.build();
        JsonResponse response = transport.execute("commentThreads", () -> new Request.Builder().url(target).get());
        if (response.notFound()) {
            throw new ConnectorException(id, "commentThreads", response.status(), false, "no such video", null);
        }
        JsonNode items = Json.child(response.body(), "items");
        if (items == null || !items.isArray()) {
            throw new ConnectorException(id, "commentThreads", response.status(), true, "expected an items array", null);
        }
        Instant now = settings.clock().instant();
        Instant newest = from.value(NEWEST).map(Json::instant).orElse(null);
        boolean reachedOld = false;
        Instant pageNewest = null;
        List<Interaction> out = new ArrayList<>();
        Map<String, SocialIdentity> identities = new LinkedHashMap<>();
        for (JsonNode thread : items) {
            JsonNode snippet = Json.child(thread, "snippet");
            JsonNode top = Json.child(snippet, "topLevelComment");
            Instant published = Json.instant(Json.text(Json.child(top, "snippet"), "publishedAt"));
            if (published != null && (pageNewest == null || published.isAfter(pageNewest))) {
                pageNewest = published;
            }
            if (newest != null && published != null && !published.isAfter(newest)) {
                reachedOld = true;
                continue;
            }
            Interaction i = comment(top, null, Json.count(snippet, "totalReplyCount"), now, identities);
            if (i == null) {
                continue;
            }
            out.add(i);
            JsonNode replies = Json.child(Json.child(thread, "replies"), "comments");
            if (replies != null && replies.isArray()) {
                for (JsonNode r : replies) {
                    Interaction reply = comment(r, i.id(), -1, now, identities);
                    if (reply != null) {
                        out.add(reply);
                    }
                }
            }
        }
        String token = Json.nonBlank(response.body(), "nextPageToken");
        Instant pending = from.value(PAGE_TOKEN).isEmpty() ? null
                : from.value(PENDING_NEWEST).map(Json::instant).orElse(null);
        if (pageNewest != null && (pending == null || pageNewest.isAfter(pending))) {
            pending = pageNewest;
        }
        Checkpoint next;
        boolean last = token == null || reachedOld;
        if (last) {
            next = from.with(PAGE_TOKEN, null).with(PENDING_NEWEST, null);
            if (pending != null && (newest == null || pending.isAfter(newest))) {
                next = next.with(NEWEST, pending.toString());
            }
        } else {
            next = from.with(PAGE_TOKEN, token).with(PENDING_NEWEST, pending == null ? null : pending.toString());
        }
        return new Page(out, new ArrayList<>(identities.values()), List.of(), next, last);
    }

    private Interaction comment(JsonNode c, InteractionId parent, long replies, Instant now,
            Map<String, SocialIdentity> identities) {
        String cid = Json.nonBlank(c, "id");
        JsonNode s = Json.child(c, "snippet");
        Instant published = Json.instant(Json.text(s, "publishedAt"));
        if (cid == null || published == null || cid.chars().anyMatch(Character::isWhitespace)) {
            return null;
        }
        String channel = Json.nonBlank(Json.child(s, "authorChannelId"), "value");
        PlatformAccountId author = null;
        if (channel != null && channel.chars().noneMatch(Character::isWhitespace)) {
            author = PlatformAccountId.of(Platform.YOUTUBE, channel);
            SocialIdentity.Builder who = SocialIdentity.builder(author).observedAt(now)
                    .profileUrl(Mapping.uri(Json.nonBlank(s, "authorChannelUrl")));
            String name = Json.nonBlank(s, "authorDisplayName");
            if (name != null) {
                who.displayName(Mapping.profileText(name));
                if (name.startsWith("@") && name.chars().noneMatch(Character::isWhitespace)) {
                    who.handle(name.substring(1));
                }
            }
            identities.putIfAbsent(channel, who.build());
        }
        String text = Json.text(s, "textOriginal");
        String video = Json.nonBlank(s, "videoId");
        Engagement e = Engagement.none();
        long likes = Json.count(s, "likeCount");
        if (likes >= 0) {
            e = e.with(EngagementType.LIKES, likes);
        }
        if (replies >= 0) {
            e = e.with(EngagementType.REPLIES, replies);
        }
        Interaction.Builder b = Interaction.builder(InteractionId.of(Platform.YOUTUBE, cid))
                .kind(parent == null ? InteractionKind.COMMENT : InteractionKind.REPLY)
                .occurredAt(published)
                .author(author)
                .text(text == null || text.isEmpty() ? null : Mapping.cap(text, Interaction.MAX_TEXT_LENGTH))
                .engagement(e)
                .raw(Mapping.raw(c))
                .provenance(new Provenance(source, null, now));
        if (parent != null && !parent.nativeId().equals(cid)) {
            b.inReplyTo(parent);
        }
        if (video != null && video.chars().noneMatch(Character::isWhitespace)) {
            b.conversationId(video).attribute("video_id", video)
                    .url(Mapping.uri("https://www.youtube.com/watch?v=" + video + "&lc=" + cid));
        }
        String updated = Json.nonBlank(s, "updatedAt");
        if (updated != null && !updated.equals(Json.text(s, "publishedAt"))) {
            b.attribute("updated_at", updated);
        }
        return b.build();
    }

    @Override
    public List<dev.scrm.connector.Tombstone> recheck(List<Interaction> items) {
        List<dev.scrm.connector.Tombstone> gone = new ArrayList<>();
        for (int i = 0; i < items.size(); i += 50) {
            List<Interaction> batch = items.subList(i, Math.min(items.size(), i + 50));
            List<String> ids = new ArrayList<>();
            batch.forEach(x -> ids.add(x.id().nativeId()));
            HttpUrl target = Urls.at(base, "comments").addQueryParameter("part", "id")
                    .addQueryParameter("id", String.join(",", ids)).build();
            JsonResponse response = transport.execute("comments", () -> new Request.Builder().url(target).get());
            java.util.Set<String> present = new java.util.HashSet<>();
            JsonNode found = response.notFound() ? null : Json.child(response.body(), "items");
            if (found != null && found.isArray()) {
                for (JsonNode c : found) {
                    String cid = Json.nonBlank(c, "id");
                    if (cid != null) {
                        present.add(cid);
                    }
                }
            }
            Instant now = settings.clock().instant();
            for (Interaction x : batch) {
                if (!present.contains(x.id().nativeId())) {
                    gone.add(new dev.scrm.connector.Tombstone(x.id(), dev.scrm.connector.TombstoneReason.UNAVAILABLE,
                            now));
                }
            }
        }
        return gone;
    }

    @Override
    public Optional<SocialIdentity> profile(String account) {
        return profiles.get(account, a -> {
            HttpUrl.Builder url = Urls.at(base, "channels").addQueryParameter("part", "snippet,statistics");
            if (a.startsWith("UC") && a.length() == 24) {
                url.addQueryParameter("id", a);
            } else {
                url.addQueryParameter("forHandle", a.startsWith("@") ? a : "@" + a);
            }
            HttpUrl target = url.build();
            JsonResponse response = transport.execute("channels", () -> new Request.Builder().url(target).get());
            JsonNode items = response.notFound() ? null : Json.child(response.body(), "items");
            if (items == null || !items.isArray() || items.isEmpty()) {
                return Optional.empty();
            }
            JsonNode ch = items.get(0);
            String channel = Json.nonBlank(ch, "id");
            if (channel == null) {
                return Optional.empty();
            }
            Instant now = settings.clock().instant();
            JsonNode snippet = Json.child(ch, "snippet");
            JsonNode stats = Json.child(ch, "statistics");
            SocialIdentity.Builder b = SocialIdentity.builder(PlatformAccountId.of(Platform.YOUTUBE, channel))
                    .observedAt(now).profileUrl(Mapping.uri("https://www.youtube.com/channel/" + channel));
            String handle = Json.nonBlank(snippet, "customUrl");
            if (handle != null) {
                b.handle(handle.startsWith("@") ? handle.substring(1) : handle);
            }
            String title = Json.nonBlank(snippet, "title");
            if (title != null) {
                b.displayName(Mapping.profileText(title));
            }
            String description = Json.nonBlank(snippet, "description");
            if (description != null) {
                b.bio(Mapping.cap(description, SocialIdentity.MAX_BIO_LENGTH));
                Mapping.urlsInText(description).forEach(b::bioLink);
            }
            String country = Json.nonBlank(snippet, "country");
            if (country != null) {
                b.location(country);
            }
            long subscribers = Json.count(stats, "subscriberCount");
            if (!Json.bool(stats, "hiddenSubscriberCount") && subscribers >= 0) {
                b.followerCounts(new FollowerCounts(subscribers, 0, now));
            } else {
                b.attribute("subscriber_count_hidden", "true");
            }
            for (String f : new String[] {"viewCount", "videoCount"}) {
                long v = Json.count(stats, f);
                if (v >= 0) {
                    b.attribute(f.equals("viewCount") ? "view_count" : "video_count", Long.toString(v));
                }
            }
            return Optional.of(b.build());
        });
    }
}
