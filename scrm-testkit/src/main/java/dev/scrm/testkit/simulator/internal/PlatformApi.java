package dev.scrm.testkit.simulator.internal;

import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionId;
import dev.scrm.core.Platform;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.SocialIdentity;
import dev.scrm.testkit.world.SyntheticWorld;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The shape of one platform's API over a synthetic world: routes, payloads, pagination, error bodies and
 * rate-limit headers. Thread-safe: the world is immutable and the search cache is synchronized.
 */
public abstract class PlatformApi {

    private static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\p{N}_&])#([\\p{L}\\p{N}_]+)");
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_])@([A-Za-z0-9_][A-Za-z0-9_.-]*[A-Za-z0-9_])");
    private static final int CACHE_SIZE = 512;

    /** The world served. */
    protected final SyntheticWorld world;
    /** The platform served. */
    protected final Platform platform;
    /** Decides which day's follower counts are served. */
    protected final java.time.Clock clock;
    /** Writes the payloads. */
    protected final JsonMapper json = JsonMapper.builder().build();
    /** The platform's items, newest first. */
    protected final List<Interaction> newestFirst;
    /** The platform's items by id. */
    protected final Map<InteractionId, Interaction> byId = new HashMap<>();
    /** Each author's items, newest first. */
    protected final Map<PlatformAccountId, List<Interaction>> byAuthor = new HashMap<>();
    /** The replies to each item, oldest first. */
    protected final Map<InteractionId, List<Interaction>> replies = new HashMap<>();
    /** The platform's accounts by lower-cased handle. */
    protected final Map<String, SocialIdentity> byHandle = new HashMap<>();
    /** The platform's accounts by native id. */
    protected final Map<String, SocialIdentity> byNativeId = new HashMap<>();
    private final Map<String, List<Interaction>> searchCache = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Interaction>> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    /**
     * Indexes the platform's part of the world.
     *
     * @param world the world
     * @param clock decides which day's follower counts are served
     * @param platform the platform
     */
    protected PlatformApi(SyntheticWorld world, java.time.Clock clock, Platform platform) {
        this.world = world;
        this.clock = clock;
        this.platform = platform;
        List<Interaction> items = new ArrayList<>(world.interactions(platform));
        items.sort(Comparator.comparing(Interaction::occurredAt).thenComparing(Interaction::id).reversed());
        this.newestFirst = List.copyOf(items);
        for (Interaction i : items) {
            byId.put(i.id(), i);
            byAuthor.computeIfAbsent(i.author(), k -> new ArrayList<>()).add(i);
        }
        for (int k = items.size() - 1; k >= 0; k--) {
            Interaction i = items.get(k);
            if (i.inReplyTo() != null) {
                replies.computeIfAbsent(i.inReplyTo(), x -> new ArrayList<>()).add(i);
            }
        }
        List<SocialIdentity> accounts = new ArrayList<>(world.identities(platform));
        world.brandAccounts().stream().map(b -> b.identity()).filter(i -> i.id().platform().equals(platform))
                .forEach(accounts::add);
        for (SocialIdentity s : accounts) {
            byHandle.put(s.handle().toLowerCase(Locale.ROOT), s);
            byNativeId.put(s.id().nativeId(), s);
        }
    }

    /**
     * Answers one request.
     *
     * @param request the request
     * @return the response
     */
    public abstract SimResponse handle(SimRequest request);

    /**
     * The platform's error response.
     *
     * @param status the HTTP status
     * @param message a short message
     * @return the response
     */
    public abstract SimResponse error(int status, String message);

    /**
     * The platform's rate-limit headers, in its own units.
     *
     * @param limit the budget of the window
     * @param remaining requests left in the window
     * @param reset when the window resets
     * @param now the current time
     * @param windowSeconds the window's length in seconds
     * @return the headers
     */
    public abstract Map<String, String> rateLimitHeaders(int limit, int remaining, Instant reset, Instant now, long windowSeconds);

    /**
     * Whether a request asks for a token; token requests are never faulted or rate-limited.
     *
     * @param request the request
     * @return whether it is a token request
     */
    public boolean isTokenRequest(SimRequest request) {
        return false;
    }

    /**
     * The items matching a filter, newest first, cached by key.
     *
     * @param key the cache key (the filter's parameters)
     * @param filter the filter
     * @return the matching items
     */
    protected List<Interaction> cached(String key, Supplier<Predicate<Interaction>> filter) {
        synchronized (searchCache) {
            List<Interaction> hit = searchCache.get(key);
            if (hit != null) {
                return hit;
            }
        }
        Predicate<Interaction> f = filter.get();
        List<Interaction> result = newestFirst.stream().filter(f).toList();
        synchronized (searchCache) {
            searchCache.put(key, result);
        }
        return result;
    }

    /**
     * What a search query sees of an item.
     *
     * @param i the item
     * @return the query view
     */
    protected QueryMatcher.Item queryItem(Interaction i) {
        SocialIdentity author = world.identity(i.author()).orElse(null);
        return new QueryMatcher.Item(i.text(), author == null ? null : author.handle(), i.language(),
                i.inReplyTo() != null);
    }

    /**
     * An account's follower count now: a brand account's as of the clock's day (the first day before the
     * world starts, the last after it ends), a person's as observed.
     *
     * @param s the account
     * @return the follower count
     */
    protected long followers(SocialIdentity s) {
        return world.followersAt(s.id(), clock.instant()).map(c -> c.followers())
                .orElse(s.followerCounts() == null ? 0L : s.followerCounts().followers());
    }

    /**
     * The author of an item.
     *
     * @param i the item
     * @return the author's account
     */
    protected SocialIdentity author(Interaction i) {
        return world.identity(i.author()).orElseThrow();
    }

    /**
     * The hashtags of a text, lower-cased, in order, without duplicates.
     *
     * @param text the text
     * @return the tags without {@code #}
     */
    protected static List<String> hashtags(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = HASHTAG.matcher(text);
        while (m.find()) {
            out.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        return List.copyOf(out);
    }

    /**
     * The {@code @} mentions of a text that name a known account of the platform, in order.
     *
     * @param text the text
     * @return the mentioned accounts
     */
    protected List<SocialIdentity> mentions(String text) {
        List<SocialIdentity> out = new ArrayList<>();
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            SocialIdentity s = resolveMention(m.group(1).toLowerCase(Locale.ROOT));
            if (s != null && !out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * The account a mention names, given the text after {@code @}.
     *
     * @param handle the lower-cased mention text
     * @return the account, or null
     */
    protected SocialIdentity resolveMention(String handle) {
        return byHandle.get(handle);
    }

    /**
     * The limit parameter, clamped to the platform's range.
     *
     * @param r the request
     * @param name the parameter's name
     * @param dflt the default
     * @param max the maximum
     * @return the limit
     * @throws IllegalArgumentException if it is not a number
     */
    protected static int limit(SimRequest r, String name, int dflt, int max) {
        String v = r.param(name);
        if (v == null) {
            return dflt;
        }
        try {
            return Math.max(1, Math.min(max, Integer.parseInt(v.trim())));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number");
        }
    }

    /**
     * The request's URL with some parameters replaced.
     *
     * @param r the request
     * @param drop parameters to leave out
     * @param add parameters to add, name then value
     * @return the absolute URL
     */
    protected static String urlWith(SimRequest r, Set<String> drop, String... add) {
        StringBuilder sb = new StringBuilder(r.baseUrl()).append(r.path());
        char sep = '?';
        for (Map.Entry<String, List<String>> e : r.query().entrySet()) {
            if (drop.contains(e.getKey())) {
                continue;
            }
            for (String v : e.getValue()) {
                sb.append(sep).append(enc(e.getKey())).append('=').append(enc(v));
                sep = '&';
            }
        }
        for (int i = 0; i + 1 < add.length; i += 2) {
            sb.append(sep).append(enc(add[i])).append('=').append(enc(add[i + 1]));
            sep = '&';
        }
        return sb.toString();
    }

    /**
     * URL-encodes a value.
     *
     * @param s the value
     * @return the encoded value
     */
    protected static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * Writes a JSON tree.
     *
     * @param node the tree
     * @return the JSON text
     */
    protected String write(Object node) {
        return json.writeValueAsString(node);
    }

    /**
     * A new JSON object.
     *
     * @return the object
     */
    protected ObjectNode object() {
        return json.createObjectNode();
    }

    /**
     * Escapes text for HTML element content and attribute values.
     *
     * @param s the text
     * @return the escaped text
     */
    protected static String html(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Cuts a list to a page.
     *
     * @param list the list
     * @param offset the first index
     * @param limit the page size
     * @param <T> the element type
     * @return the page
     */
    /**
     * A profile text with links written after it, one per line, the way people list their other profiles
     * where a platform has no link fields.
     *
     * @param bio the bio, or null
     * @param links the links to write after it
     * @return the text, or null when both are empty
     */
    protected static String withLinks(String bio, List<URI> links) {
        StringBuilder sb = new StringBuilder(bio == null ? "" : bio);
        for (URI link : links) {
            sb.append(sb.length() == 0 ? "" : "\n").append(link);
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    protected static <T> List<T> slice(List<T> list, int offset, int limit) {
        if (offset >= list.size()) {
            return List.of();
        }
        return list.subList(offset, Math.min(list.size(), offset + limit));
    }
}
