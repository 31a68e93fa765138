package dev.scrm.connectors.mastodon.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.scrm.connector.ConnectorException;
import dev.scrm.connector.ConnectorId;
import dev.scrm.connectors.http.Auth;
import dev.scrm.connectors.http.HttpSettings;
import dev.scrm.connectors.http.RateLimitFormat;
import dev.scrm.connectors.http.internal.HttpTransport;
import dev.scrm.connectors.http.internal.Json;
import dev.scrm.connectors.http.internal.JsonResponse;
import dev.scrm.connectors.http.internal.Urls;
import dev.scrm.connectors.http.internal.Verdict;
import dev.scrm.core.InteractionId;
import dev.scrm.core.Platform;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.engage.OutboundReply;
import dev.scrm.engage.ReplyNotAllowedException;
import dev.scrm.engage.SentReply;
import dev.scrm.engage.Visibility;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Posts replies through {@code POST /api/v1/statuses}: finds the server-local id and author of the status
 * answered, mentions the author, and sends with an idempotency key derived from the reply. Thread-safe.
 */
public final class MastodonReplier {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final String PLATFORM = Platform.MASTODON.id();

    private final ConnectorId id;
    private final URI base;
    private final HttpSettings settings;
    private final HttpTransport transport;
    private final Cache<String, Target> targets;

    /** The status answered, as this server knows it. */
    record Target(String localId, String acct) {
    }

    public MastodonReplier(ConnectorId id, URI base, HttpSettings settings, Auth auth) {
        this.id = id;
        this.base = base;
        this.settings = settings;
        this.transport = new HttpTransport(id, settings, settings.client(), auth,
                RateLimitFormat.isoInstantReset("X-RateLimit"), MastodonReplier::classify, settings.userAgent());
        this.targets = Caffeine.newBuilder().maximumSize(10_000).executor(Runnable::run).build();
    }

    /**
     * Like the reading client's classification, except that a 422 is handed back to the caller, which
     * tells a length refusal from other validation failures.
     */
    static Verdict classify(int status, JsonNode body, okhttp3.Headers headers) {
        if (status == 422) {
            return Verdict.of(Verdict.Kind.OK);
        }
        return MastodonClient.classify(status, body, headers);
    }

    public SentReply send(OutboundReply reply) {
        Target target = target(reply.inReplyTo());
        String text = withMention(reply.text(), target.acct());
        String visibility = reply.visibility() == Visibility.PRIVATE ? "direct" : "public";
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("status", text);
        body.put("in_reply_to_id", target.localId());
        body.put("visibility", visibility);
        String payload = Json.write(body);
        String key = idempotencyKey(reply);
        HttpUrl url = Urls.at(base, "api/v1/statuses").build();
        JsonResponse response = transport.execute("reply", () -> new Request.Builder().url(url)
                .header("Idempotency-Key", key).post(RequestBody.create(payload, JSON)));
        if (response.notFound()) {
            throw new ConnectorException(id, "reply", response.status(), false,
                    "the status answered is not visible to the brand account", null);
        }
        if (response.status() == 422) {
            String error = Json.nonBlank(response.body(), "error");
            if (error != null && error.toLowerCase(Locale.ROOT).contains("character limit")) {
                throw new ReplyNotAllowedException(ReplyNotAllowedException.Reason.TOO_LONG, null, PLATFORM,
                        "the server's character limit is lower than the text");
            }
            throw new ConnectorException(id, "reply", 422, false, "the server refused the reply as invalid", null);
        }
        JsonNode status = response.body();
        String uri = Json.nonBlank(status, "uri");
        if (uri == null || uri.chars().anyMatch(Character::isWhitespace)) {
            throw new ConnectorException(id, "reply", response.status(), false,
                    "the server's answer has no status uri", null);
        }
        Instant created = Json.instant(Json.text(status, "created_at"));
        String account = Json.nonBlank(Json.child(status, "account"), "id");
        return new SentReply(InteractionId.of(Platform.MASTODON, uri),
                created == null ? settings.clock().instant() : created,
                account == null || account.chars().anyMatch(Character::isWhitespace) ? null
                        : PlatformAccountId.of(Platform.MASTODON, account));
    }

    /**
     * The status answered: a server-local id is read with {@code GET /api/v1/statuses/:id}; a status uri
     * (how the connector keys statuses) is resolved with {@code GET /api/v2/search?resolve=true}.
     */
    private Target target(InteractionId answered) {
        String ref = answered.nativeId();
        Target cached = targets.getIfPresent(ref);
        if (cached != null) {
            return cached;
        }
        JsonNode status;
        if (ref.contains("://")) {
            HttpUrl url = Urls.at(base, "api/v2/search").addQueryParameter("q", ref)
                    .addQueryParameter("type", "statuses").addQueryParameter("resolve", "true")
                    .addQueryParameter("limit", "1").build();
            JsonResponse r = transport.execute("reply lookup", () -> new Request.Builder().url(url).get());
            JsonNode statuses = r.notFound() ? null : Json.child(r.body(), "statuses");
            status = statuses == null || !statuses.isArray() || statuses.isEmpty() ? null : statuses.get(0);
        } else {
            HttpUrl url = Urls.at(base, "api/v1/statuses").addPathSegment(ref).build();
            JsonResponse r = transport.execute("reply lookup", () -> new Request.Builder().url(url).get());
            status = r.notFound() ? null : r.body();
        }
        String localId = Json.nonBlank(status, "id");
        if (localId == null) {
            throw new ConnectorException(id, "reply lookup", 404, false,
                    "the status answered is not known to the server", null);
        }
        Target t = new Target(localId, Json.nonBlank(Json.child(status, "account"), "acct"));
        targets.put(ref, t);
        return t;
    }

    /** Prefixes {@code @acct} unless the text already mentions it: without it a direct message reaches no one. */
    static String withMention(String text, String acct) {
        if (acct == null) {
            return text;
        }
        String mention = "@" + acct;
        if (containsMention(text.toLowerCase(Locale.ROOT), mention.toLowerCase(Locale.ROOT))) {
            return text;
        }
        return mention + " " + text;
    }

    private static boolean containsMention(String text, String mention) {
        int i = text.indexOf(mention);
        while (i >= 0) {
            int end = i + mention.length();
            boolean startOk = i == 0 || !isHandleChar(text.charAt(i - 1));
            boolean endOk = end == text.length() || !(isHandleChar(text.charAt(end)) || text.charAt(end) == '@');
            if (startOk && endOk) {
                return true;
            }
            i = text.indexOf(mention, i + 1);
        }
        return false;
    }

    private static boolean isHandleChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-';
    }

    /**
     * The same key for the same reply, so that a retried request or a repeated call within the server's
     * idempotency period (one hour on Mastodon) posts once.
     */
    static String idempotencyKey(OutboundReply reply) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String material = String.join("\n", "scrm-reply/1", reply.inReplyTo().platform().id(),
                    reply.inReplyTo().nativeId(), reply.visibility().name(), reply.text());
            return HexFormat.of().formatHex(sha.digest(material.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
