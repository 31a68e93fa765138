package dev.scrm.connectors.mastodon.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.scrm.connector.ConnectorId;
import dev.scrm.connector.QueryKind;
import dev.scrm.connectors.http.internal.Html;
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
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Maps Mastodon entities to the domain model. Thread-safe. */
public final class MastodonMapper {

    private final String source;
    private final String host;
    private final Cache<String, InteractionId> uriByLocalId =
            Caffeine.newBuilder().maximumSize(100_000).executor(Runnable::run).build();

    MastodonMapper(ConnectorId id, URI base) {
        this.source = "connector:" + id;
        this.host = base.getHost();
    }

    void remember(String localId, InteractionId id) {
        uriByLocalId.put(localId, id);
    }

    /** Whether the account opted out of search and profiling. */
    static boolean optedOut(JsonNode account) {
        if (account == null) {
            return false;
        }
        JsonNode indexable = account.get("indexable");
        JsonNode discoverable = account.get("discoverable");
        return (indexable != null && indexable.isBoolean() && !indexable.booleanValue())
                || (discoverable != null && discoverable.isBoolean() && !discoverable.booleanValue())
                || Json.bool(account, "noindex");
    }

    void status(JsonNode status, QueryKind kind, Instant now, List<Interaction> out, Map<String, SocialIdentity> ids) {
        JsonNode original = Json.child(status, "reblog");
        if (original != null) {
            Interaction inner = interaction(original, kind == QueryKind.ACCOUNT_POSTS ? QueryKind.HASHTAG : kind, now,
                    ids);
            if (inner != null) {
                out.add(inner);
            }
            Interaction share = interaction(status, kind, now, ids);
            if (share != null && inner != null) {
                out.add(share.toBuilder().kind(InteractionKind.SHARE).text(null).language(null)
                        .attribute("shared_uri", inner.id().nativeId()).build());
            }
            return;
        }
        Interaction i = interaction(status, kind, now, ids);
        if (i != null) {
            out.add(i);
        }
    }

    void notification(JsonNode n, Instant now, List<Interaction> out, Map<String, SocialIdentity> ids) {
        String type = Json.text(n, "type");
        String nid = Json.nonBlank(n, "id");
        Instant at = Json.instant(Json.text(n, "created_at"));
        JsonNode account = Json.child(n, "account");
        if (type == null || nid == null || at == null) {
            return;
        }
        JsonNode status = Json.child(n, "status");
        switch (type) {
            case "mention", "status" -> {
                if (status != null) {
                    Interaction i = interaction(status, QueryKind.NOTIFICATIONS, now, ids);
                    if (i != null) {
                        out.add(i);
                    }
                }
            }
            case "reblog", "favourite", "follow" -> {
                SocialIdentity who = account == null ? null : identity(account, now);
                if (who != null) {
                    ids.putIfAbsent(who.id().nativeId(), who);
                }
                InteractionKind k = switch (type) {
                    case "reblog" -> InteractionKind.SHARE;
                    case "favourite" -> InteractionKind.LIKE;
                    default -> InteractionKind.FOLLOW;
                };
                Interaction.Builder b = Interaction.builder(InteractionId.of(Platform.MASTODON,
                                "notification:" + host + ":" + nid))
                        .kind(k).direction(Direction.INBOUND).occurredAt(at)
                        .author(who == null ? null : who.id())
                        .attribute("notification_type", type)
                        .raw(Mapping.raw(n))
                        .provenance(new Provenance(source, null, now));
                String statusUri = status == null ? null : Json.nonBlank(status, "uri");
                if (statusUri != null) {
                    b.inReplyTo(InteractionId.of(Platform.MASTODON, statusUri));
                }
                out.add(b.build());
            }
            default -> {
                // unknown or administrative notification types are ignored on purpose
            }
        }
    }

    Interaction interaction(JsonNode s, QueryKind kind, Instant now, Map<String, SocialIdentity> ids) {
        String uri = Json.nonBlank(s, "uri");
        Instant created = Json.instant(Json.text(s, "created_at"));
        if (uri == null || created == null || uri.chars().anyMatch(Character::isWhitespace)) {
            return null;
        }
        JsonNode account = Json.child(s, "account");
        SocialIdentity author = account == null ? null : identity(account, now);
        if (author != null) {
            ids.putIfAbsent(author.id().nativeId(), author);
        }
        String inReplyToLocal = Json.nonBlank(s, "in_reply_to_id");
        InteractionKind k = inReplyToLocal != null ? InteractionKind.REPLY
                : kind == QueryKind.ACCOUNT_POSTS ? InteractionKind.POST : InteractionKind.MENTION;
        String content = Html.toText(Json.text(s, "content"));
        String spoiler = Json.nonBlank(s, "spoiler_text");
        String text = spoiler == null ? content : content == null || content.isEmpty() ? spoiler
                : spoiler + "\n\n" + content;
        Engagement e = Engagement.none();
        e = withCount(e, EngagementType.REPLIES, Json.count(s, "replies_count"));
        e = withCount(e, EngagementType.SHARES, Json.count(s, "reblogs_count"));
        e = withCount(e, EngagementType.LIKES, Json.count(s, "favourites_count"));
        e = withCount(e, EngagementType.QUOTES, Json.count(s, "quotes_count"));
        Interaction.Builder b = Interaction.builder(InteractionId.of(Platform.MASTODON, uri))
                .kind(k)
                .direction(kind == QueryKind.ACCOUNT_POSTS ? Direction.OUTBOUND : Direction.INBOUND)
                .occurredAt(created)
                .author(author == null ? null : author.id())
                .text(text == null || text.isEmpty() ? null : Mapping.cap(text, Interaction.MAX_TEXT_LENGTH))
                .language(Mapping.language(Json.text(s, "language")))
                .url(Mapping.uri(Json.text(s, "url")))
                .engagement(e)
                .raw(Mapping.raw(s))
                .provenance(new Provenance(source, null, now));
        String local = Json.nonBlank(s, "id");
        if (local != null) {
            b.attribute("local_id", local);
        }
        if (inReplyToLocal != null) {
            b.attribute("in_reply_to_id", inReplyToLocal);
            InteractionId parent = uriByLocalId.getIfPresent(inReplyToLocal);
            if (parent != null && !parent.nativeId().equals(uri)) {
                b.inReplyTo(parent);
            }
        }
        String replyAccount = Json.nonBlank(s, "in_reply_to_account_id");
        if (replyAccount != null) {
            b.attribute("in_reply_to_account_id", replyAccount);
        }
        String visibility = Json.nonBlank(s, "visibility");
        if (visibility != null) {
            b.attribute("visibility", visibility);
        }
        String edited = Json.nonBlank(s, "edited_at");
        if (edited != null) {
            b.attribute("edited_at", edited);
        }
        JsonNode tags = Json.child(s, "tags");
        if (tags != null && tags.isArray() && !tags.isEmpty()) {
            List<String> names = new ArrayList<>();
            for (JsonNode t : tags) {
                String name = Json.nonBlank(t, "name");
                if (name != null) {
                    names.add(name.toLowerCase(java.util.Locale.ROOT));
                }
            }
            if (!names.isEmpty()) {
                b.attribute("hashtags", String.join(",", names));
            }
        }
        return b.build();
    }

    SocialIdentity identity(JsonNode a, Instant now) {
        String accountId = Json.nonBlank(a, "id");
        if (accountId == null || accountId.chars().anyMatch(Character::isWhitespace)) {
            return null;
        }
        SocialIdentity.Builder b = SocialIdentity.builder(PlatformAccountId.of(Platform.MASTODON, accountId))
                .observedAt(now);
        String acct = Json.nonBlank(a, "acct");
        if (acct != null) {
            b.handle(acct.contains("@") ? acct : acct + "@" + host);
        }
        String name = Json.nonBlank(a, "display_name");
        if (name != null) {
            b.displayName(Mapping.profileText(name));
        }
        b.profileUrl(Mapping.uri(Json.text(a, "url")));
        String note = Json.text(a, "note");
        String bio = Html.toText(note);
        if (bio != null && !bio.isEmpty()) {
            b.bio(Mapping.cap(bio, SocialIdentity.MAX_BIO_LENGTH));
        }
        List<URI> links = new ArrayList<>(Mapping.hrefs(note));
        boolean verified = false;
        JsonNode fields = Json.child(a, "fields");
        if (fields != null && fields.isArray()) {
            for (JsonNode f : fields) {
                for (URI u : Mapping.hrefs(Json.text(f, "value"))) {
                    if (!links.contains(u)) {
                        links.add(u);
                    }
                }
                if (Json.nonBlank(f, "verified_at") != null) {
                    verified = true;
                }
            }
        }
        links.forEach(b::bioLink);
        b.verified(verified);
        long followers = Json.count(a, "followers_count");
        long following = Json.count(a, "following_count");
        if (followers >= 0) {
            b.followerCounts(new FollowerCounts(followers, Math.max(following, 0), now));
        }
        String uri = Json.nonBlank(a, "uri");
        if (uri != null) {
            b.attribute("global_uri", uri);
        }
        for (String flag : new String[] {"bot", "group", "discoverable", "indexable", "noindex", "suspended"}) {
            JsonNode v = a.get(flag);
            if (v != null && v.isBoolean()) {
                b.attribute(flag, Boolean.toString(v.booleanValue()));
            }
        }
        long statuses = Json.count(a, "statuses_count");
        if (statuses >= 0) {
            b.attribute("statuses_count", Long.toString(statuses));
        }
        String created = Json.nonBlank(a, "created_at");
        if (created != null) {
            b.attribute("created_at", created);
        }
        return b.build();
    }

    private static Engagement withCount(Engagement e, EngagementType type, long n) {
        return n < 0 ? e : e.with(type, n);
    }
}
