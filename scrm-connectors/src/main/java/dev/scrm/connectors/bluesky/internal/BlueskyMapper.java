package dev.scrm.connectors.bluesky.internal;

import dev.scrm.connector.ConnectorId;
import dev.scrm.connector.QueryKind;
import dev.scrm.connectors.http.internal.Json;
import dev.scrm.connectors.http.internal.Mapping;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Maps Bluesky lexicon views to the domain model. Thread-safe (stateless). */
final class BlueskyMapper {

    private final String source;

    BlueskyMapper(ConnectorId id) {
        this.source = "connector:" + id;
    }

    /** The time a post sorts by: indexedAt (server time), else the record's createdAt. */
    static Instant sortAt(JsonNode post) {
        Instant indexed = Json.instant(Json.text(post, "indexedAt"));
        return indexed != null ? indexed : Json.instant(Json.text(Json.child(post, "record"), "createdAt"));
    }

    void feedItem(JsonNode item, Instant now, List<Interaction> out, Map<String, SocialIdentity> ids) {
        JsonNode post = Json.child(item, "post");
        JsonNode reason = Json.child(item, "reason");
        String reasonType = Json.text(reason, "$type");
        if (reasonType != null && reasonType.endsWith("#reasonRepost")) {
            Interaction original = post(post, QueryKind.SEARCH, now, out, ids);
            JsonNode by = Json.child(reason, "by");
            SocialIdentity reposter = by == null ? null : identity(by, now);
            Instant at = Json.instant(Json.text(reason, "indexedAt"));
            if (original != null && reposter != null) {
                ids.putIfAbsent(reposter.id().nativeId(), reposter);
                out.add(Interaction.builder(InteractionId.of(Platform.BLUESKY,
                                original.id().nativeId() + "#repost-by-" + reposter.id().nativeId()))
                        .kind(InteractionKind.SHARE).direction(Direction.OUTBOUND)
                        .occurredAt(at != null ? at : original.occurredAt())
                        .author(reposter.id())
                        .attribute("shared_uri", original.id().nativeId())
                        .raw(Mapping.raw(reason))
                        .provenance(new Provenance(source, null, now))
                        .build());
            }
            return;
        }
        post(post, QueryKind.ACCOUNT_POSTS, now, out, ids);
    }

    Interaction post(JsonNode post, QueryKind kind, Instant now, List<Interaction> out, Map<String, SocialIdentity> ids) {
        String uri = Json.nonBlank(post, "uri");
        JsonNode record = Json.child(post, "record");
        Instant created = Json.instant(Json.text(record, "createdAt"));
        Instant indexed = Json.instant(Json.text(post, "indexedAt"));
        if (uri == null || (created == null && indexed == null) || uri.chars().anyMatch(Character::isWhitespace)) {
            return null;
        }
        JsonNode authorNode = Json.child(post, "author");
        SocialIdentity author = authorNode == null ? null : identity(authorNode, now);
        if (author != null) {
            ids.putIfAbsent(author.id().nativeId(), author);
        }
        JsonNode reply = Json.child(record, "reply");
        String parent = Json.nonBlank(Json.child(reply, "parent"), "uri");
        String root = Json.nonBlank(Json.child(reply, "root"), "uri");
        InteractionKind k = parent != null ? InteractionKind.REPLY
                : kind == QueryKind.ACCOUNT_POSTS ? InteractionKind.POST : InteractionKind.MENTION;
        Engagement e = Engagement.none();
        e = with(e, EngagementType.LIKES, Json.count(post, "likeCount"));
        e = with(e, EngagementType.SHARES, Json.count(post, "repostCount"));
        e = with(e, EngagementType.REPLIES, Json.count(post, "replyCount"));
        e = with(e, EngagementType.QUOTES, Json.count(post, "quoteCount"));
        e = with(e, EngagementType.SAVES, Json.count(post, "bookmarkCount"));
        String text = Json.text(record, "text");
        String language = null;
        JsonNode langs = Json.child(record, "langs");
        if (langs != null && langs.isArray() && !langs.isEmpty()) {
            language = Mapping.language(langs.get(0).isString() ? langs.get(0).stringValue() : null);
        }
        Interaction.Builder b = Interaction.builder(InteractionId.of(Platform.BLUESKY, uri))
                .kind(k)
                .direction(kind == QueryKind.ACCOUNT_POSTS ? Direction.OUTBOUND : Direction.INBOUND)
                .occurredAt(created != null ? created : indexed)
                .author(author == null ? null : author.id())
                .text(text == null || text.isEmpty() ? null : Mapping.cap(text, Interaction.MAX_TEXT_LENGTH))
                .language(language)
                .url(postUrl(uri))
                .engagement(e)
                .raw(Mapping.raw(post))
                .provenance(new Provenance(source, null, now));
        if (parent != null && !parent.equals(uri)) {
            b.inReplyTo(InteractionId.of(Platform.BLUESKY, parent));
        }
        b.conversationId(root != null ? root : uri);
        String cid = Json.nonBlank(post, "cid");
        if (cid != null) {
            b.attribute("cid", cid);
        }
        if (indexed != null) {
            b.attribute("indexed_at", indexed.toString());
        }
        List<String> tags = tags(record);
        if (!tags.isEmpty()) {
            b.attribute("hashtags", String.join(",", tags));
        }
        Interaction i = b.build();
        out.add(i);
        return i;
    }

    /** Hashtags from the record's facets and its {@code tags} field, lower-cased, in order. */
    static List<String> tags(JsonNode record) {
        List<String> tags = new ArrayList<>();
        JsonNode facets = Json.child(record, "facets");
        if (facets != null && facets.isArray()) {
            for (JsonNode f : facets) {
                JsonNode features = Json.child(f, "features");
                if (features == null || !features.isArray()) {
                    continue;
                }
                for (JsonNode feat : features) {
                    String type = Json.text(feat, "$type");
                    String tag = Json.nonBlank(feat, "tag");
                    if (type != null && type.endsWith("#tag") && tag != null) {
                        String t = tag.toLowerCase(Locale.ROOT);
                        if (!tags.contains(t)) {
                            tags.add(t);
                        }
                    }
                }
            }
        }
        JsonNode extra = Json.child(record, "tags");
        if (extra != null && extra.isArray()) {
            for (JsonNode t : extra) {
                if (t.isString()) {
                    String s = t.stringValue().toLowerCase(Locale.ROOT);
                    if (!tags.contains(s)) {
                        tags.add(s);
                    }
                }
            }
        }
        return tags;
    }

    static URI postUrl(String atUri) {
        if (!atUri.startsWith("at://")) {
            return null;
        }
        String[] parts = atUri.substring(5).split("/");
        if (parts.length != 3 || !"app.bsky.feed.post".equals(parts[1])) {
            return null;
        }
        return Mapping.uri("https://bsky.app/profile/" + parts[0] + "/post/" + parts[2]);
    }

    SocialIdentity identity(JsonNode a, Instant now) {
        String did = Json.nonBlank(a, "did");
        if (did == null || did.chars().anyMatch(Character::isWhitespace)) {
            return null;
        }
        SocialIdentity.Builder b = SocialIdentity.builder(PlatformAccountId.of(Platform.BLUESKY, did))
                .observedAt(now)
                .profileUrl(Mapping.uri("https://bsky.app/profile/" + did));
        String handle = Json.nonBlank(a, "handle");
        if (handle != null && !handle.chars().anyMatch(Character::isWhitespace)) {
            b.handle(handle);
        }
        String name = Json.nonBlank(a, "displayName");
        if (name != null) {
            b.displayName(Mapping.profileText(name));
        }
        String description = Json.nonBlank(a, "description");
        if (description != null) {
            b.bio(Mapping.cap(description, SocialIdentity.MAX_BIO_LENGTH));
            Mapping.urlsInText(description).forEach(b::bioLink);
        }
        URI website = Mapping.uri(Json.nonBlank(a, "website"));
        if (website != null && (description == null || !Mapping.urlsInText(description).contains(website))) {
            b.bioLink(website);
        }
        long followers = Json.count(a, "followersCount");
        long follows = Json.count(a, "followsCount");
        if (followers >= 0) {
            b.followerCounts(new FollowerCounts(followers, Math.max(0, follows), now));
        }
        long posts = Json.count(a, "postsCount");
        if (posts >= 0) {
            b.attribute("posts_count", Long.toString(posts));
        }
        String created = Json.nonBlank(a, "createdAt");
        if (created != null) {
            b.attribute("created_at", created);
        }
        JsonNode verification = Json.child(a, "verification");
        if (verification != null) {
            b.attribute("verification", Mapping.cap(Json.write(verification), 4096));
        }
        return b.build();
    }

    SocialIdentity profile(JsonNode body, Instant now) {
        return identity(body, now);
    }

    private static Engagement with(Engagement e, EngagementType type, long n) {
        return n < 0 ? e : e.with(type, n);
    }
}
