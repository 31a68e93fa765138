package dev.scrm.connectors.mastodon.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.scrm.connector.Checkpoint;
import dev.scrm.connector.ConnectorId;
import dev.scrm.connector.ListeningQuery;
import dev.scrm.connector.Page;
import dev.scrm.connector.QueryKind;
import dev.scrm.connector.Tombstone;
import dev.scrm.connector.TombstoneReason;
import dev.scrm.connectors.http.Auth;
import dev.scrm.connectors.http.HttpSettings;
import dev.scrm.connectors.http.RateLimitFormat;
import dev.scrm.connectors.http.internal.ErrorClassifier;
import dev.scrm.connectors.http.internal.Json;
import dev.scrm.connectors.http.internal.JsonResponse;
import dev.scrm.connectors.http.internal.LinkHeader;
import dev.scrm.connectors.http.internal.PlatformHttpClient;
import dev.scrm.connectors.http.internal.Urls;
import dev.scrm.connectors.http.internal.Verdict;
import dev.scrm.core.Interaction;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/** Mastodon REST calls, paging and mapping. Thread-safe. */
public final class MastodonClient extends PlatformHttpClient {

    private static final Logger LOG = LoggerFactory.getLogger(MastodonClient.class);

    static final String PHASE = "phase";
    static final String MAX_ID = "max_id";
    static final String NEWEST_ID = "newest_id";
    static final String OFFSET = "offset";
    static final String ACCOUNT_ID = "account_id";

    private final boolean authenticated;
    private final boolean respectOptOuts;
    private final MastodonMapper mapper;
    private final Cache<String, String> accountIds;

    public MastodonClient(ConnectorId id, URI base, HttpSettings settings, Auth auth, int pageSize,
            boolean authenticated, boolean respectOptOuts) {
        super(id, base, settings, pageSize, auth, RateLimitFormat.isoInstantReset("X-RateLimit"),
                MastodonClient::classify);
        this.authenticated = authenticated;
        this.respectOptOuts = respectOptOuts;
        this.mapper = new MastodonMapper(id, base);
        this.accountIds = Caffeine.newBuilder().maximumSize(10_000).executor(Runnable::run).build();
    }

    static Verdict classify(int status, JsonNode body, okhttp3.Headers headers) {
        String error = Json.nonBlank(body, "error");
        return switch (status) {
            case 401, 403 -> Verdict.of(Verdict.Kind.AUTH_FAILED, status == 401 ? "unauthorized" : "forbidden");
            case 422 -> Verdict.of(Verdict.Kind.INVALID, "unprocessable request");
            default -> {
                Verdict v = ErrorClassifier.byStatus(status);
                if (v.kind() == Verdict.Kind.OK && body != null && !body.isArray() && error != null) {
                    yield Verdict.of(Verdict.Kind.INVALID, "error in body");
                }
                yield v;
            }
        };
    }

    @Override
    public Page fetch(ListeningQuery query, Checkpoint from) {
        return switch (query.kind()) {
            case HASHTAG -> timeline(query, from, Urls.at(base, "api/v1/timelines/tag").addPathSegment(query.value()),
                    "hashtag");
            case ACCOUNT_POSTS -> {
                String accountId = from.value(ACCOUNT_ID).orElseGet(() -> resolveAccountId(query.value()));
                Page p = timeline(query, from, Urls.at(base, "api/v1/accounts").addPathSegment(accountId)
                        .addPathSegment("statuses"), "account statuses");
                yield new Page(p.interactions(), p.identities(), p.tombstones(),
                        p.next().with(ACCOUNT_ID, accountId), p.last());
            }
            case NOTIFICATIONS -> timeline(query, from, Urls.at(base, "api/v1/notifications"), "notifications");
            case SEARCH -> search(query, from);
            default -> throw new UnsupportedOperationException("connector '" + id + "' does not support "
                    + query.kind());
        };
    }

    private Page timeline(ListeningQuery query, Checkpoint from, HttpUrl.Builder url, String operation) {
        boolean follow = "follow".equals(from.value(PHASE).orElse("backfill")) && from.value(NEWEST_ID).isPresent();
        url.addQueryParameter("limit", Integer.toString(pageSize));
        if (follow) {
            url.addQueryParameter("min_id", from.value(NEWEST_ID).orElseThrow());
        } else {
            from.value(MAX_ID).ifPresent(m -> url.addQueryParameter("max_id", m));
        }
        HttpUrl target = url.build();
        JsonResponse response = transport.execute(operation, () -> new Request.Builder().url(target).get());
        if (response.notFound()) {
            throw new dev.scrm.connector.ConnectorException(id, operation, response.status(), false,
                    "the timeline does not exist", null);
        }
        JsonNode body = response.body();
        if (!body.isArray()) {
            throw new dev.scrm.connector.ConnectorException(id, operation, response.status(), true,
                    "expected a JSON array", null);
        }
        String link = response.headers().get("Link");
        Mapped mapped = map(query, body);
        String firstId = body.isEmpty() ? null : Json.text(body.get(0), "id");
        Optional<String> prevMin = LinkHeader.param(link, "prev", "min_id");
        Optional<String> nextMax = LinkHeader.param(link, "next", "max_id");
        Checkpoint next;
        boolean last;
        if (follow) {
            if (body.isEmpty()) {
                next = from;
                last = true;
            } else {
                next = from.with(NEWEST_ID, prevMin.orElse(firstId));
                last = false;
            }
        } else {
            next = from;
            if (from.value(MAX_ID).isEmpty() && !body.isEmpty() && from.value(NEWEST_ID).isEmpty()) {
                next = next.with(NEWEST_ID, prevMin.orElse(firstId));
            }
            if (!body.isEmpty() && nextMax.isPresent()) {
                next = next.with(PHASE, "backfill").with(MAX_ID, nextMax.get());
                last = false;
            } else {
                next = next.with(PHASE, "follow").with(MAX_ID, null);
                last = true;
            }
        }
        return new Page(mapped.interactions, mapped.identities, List.of(), next, last);
    }

    private Page search(ListeningQuery query, Checkpoint from) {
        int offset = Integer.parseInt(from.value(OFFSET).orElse("0"));
        HttpUrl.Builder url = Urls.at(base, "api/v2/search")
                .addQueryParameter("q", query.value())
                .addQueryParameter("type", "statuses")
                .addQueryParameter("limit", Integer.toString(pageSize));
        if (authenticated && offset > 0) {
            url.addQueryParameter("offset", Integer.toString(offset));
        }
        HttpUrl target = url.build();
        JsonResponse response = transport.execute("search", () -> new Request.Builder().url(target).get());
        JsonNode statuses = Json.child(response.body(), "statuses");
        if (statuses == null || !statuses.isArray()) {
            throw new dev.scrm.connector.ConnectorException(id, "search", response.status(), true,
                    "expected a statuses array", null);
        }
        Mapped mapped = map(query, statuses);
        boolean last = statuses.isEmpty() || !authenticated;
        Checkpoint next = last ? from.with(OFFSET, null) : from.with(OFFSET, Integer.toString(offset + statuses.size()));
        return new Page(mapped.interactions, mapped.identities, List.of(), next, last);
    }

    private record Mapped(List<Interaction> interactions, List<SocialIdentity> identities) {
    }

    private Mapped map(ListeningQuery query, JsonNode items) {
        Instant now = settings.clock().instant();
        List<Interaction> interactions = new ArrayList<>();
        Map<String, SocialIdentity> identities = new LinkedHashMap<>();
        boolean filterOptOuts = respectOptOuts
                && (query.kind() == QueryKind.HASHTAG || query.kind() == QueryKind.SEARCH);
        int skipped = 0;
        for (JsonNode item : items) {
            if (query.kind() == QueryKind.NOTIFICATIONS) {
                mapper.notification(item, now, interactions, identities);
                continue;
            }
            JsonNode account = Json.child(item, "account");
            JsonNode original = Json.child(item, "reblog");
            JsonNode author = original == null ? account : Json.child(original, "account");
            if (filterOptOuts && MastodonMapper.optedOut(author)) {
                skipped++;
                continue;
            }
            mapper.status(item, query.kind(), now, interactions, identities);
        }
        if (skipped > 0) {
            LOG.debug("connector '{}' left out {} statuses of authors who opted out of search", id, skipped);
        }
        for (Interaction i : interactions) {
            String local = i.attributes().get("local_id");
            if (local != null) {
                mapper.remember(local, i.id());
            }
        }
        return new Mapped(interactions, new ArrayList<>(identities.values()));
    }

    private String resolveAccountId(String account) {
        String acct = account.startsWith("@") ? account.substring(1) : account;
        if (acct.chars().allMatch(Character::isDigit)) {
            return acct;
        }
        String cached = accountIds.getIfPresent(acct);
        if (cached != null) {
            return cached;
        }
        HttpUrl target = Urls.at(base, "api/v1/accounts/lookup").addQueryParameter("acct", acct).build();
        JsonResponse response = transport.execute("account lookup", () -> new Request.Builder().url(target).get());
        String found = response.notFound() ? null : Json.nonBlank(response.body(), "id");
        if (found == null) {
            throw new dev.scrm.connector.ConnectorException(id, "account lookup", response.status(), false,
                    "no such account", null);
        }
        accountIds.put(acct, found);
        return found;
    }

    @Override
    public Optional<SocialIdentity> profile(String account) {
        String acct = account.startsWith("@") ? account.substring(1) : account;
        return profiles.get(acct, key -> {
            HttpUrl target = key.chars().allMatch(Character::isDigit)
                    ? Urls.at(base, "api/v1/accounts").addPathSegment(key).build()
                    : Urls.at(base, "api/v1/accounts/lookup").addQueryParameter("acct", key).build();
            JsonResponse response = transport.execute("profile", () -> new Request.Builder().url(target).get());
            if (response.notFound() || response.body() == null) {
                return Optional.empty();
            }
            return Optional.of(mapper.identity(response.body(), settings.clock().instant()));
        });
    }

    @Override
    public List<Tombstone> recheck(List<Interaction> items) {
        List<Tombstone> gone = new ArrayList<>();
        for (Interaction item : items) {
            String local = item.attributes().get("local_id");
            if (local == null) {
                continue;
            }
            HttpUrl target = Urls.at(base, "api/v1/statuses").addPathSegment(local).build();
            JsonResponse response = transport.execute("recheck", () -> new Request.Builder().url(target).get());
            if (response.notFound()) {
                gone.add(new Tombstone(item.id(), TombstoneReason.UNAVAILABLE, settings.clock().instant()));
            }
        }
        return gone;
    }
}
