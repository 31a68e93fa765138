package dev.scrm.identity.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Profile links: URLs found in free text, canonical URLs, and the platform account a profile URL points at. Every
 * method returns {@code null} for a missing, blank or unusable value. Stateless and thread-safe.
 */
public final class ProfileUrls {

    private static final Pattern URL = Pattern.compile("(?i)\\b((?:https?://|www\\.|(?:x|twitter|instagram|facebook"
            + "|youtube|linkedin|reddit|github|tiktok|threads)\\.(?:com|net)/|bsky\\.app/)[^\\s<>\"'()\\[\\]]+)");

    private ProfileUrls() {
    }

    /** The URLs written in a text, in order. */
    public static List<String> extractUrls(String text) {
        if (text == null || !mayHoldUrl(text)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        Matcher m = URL.matcher(text);
        while (m.find()) {
            String u = m.group(1);
            while (!u.isEmpty() && ".,;:!?".indexOf(u.charAt(u.length() - 1)) >= 0) {
                u = u.substring(0, u.length() - 1);
            }
            out.add(u);
        }
        return out;
    }

    /** Whether a text has what every URL {@link #extractUrls} finds has: a slash, or {@code www.}. */
    private static boolean mayHoldUrl(String text) {
        if (text.indexOf('/') >= 0) {
            return true;
        }
        for (int k = 0; k + 4 <= text.length(); k++) {
            if (text.regionMatches(true, k, "www.", 0, 4)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A canonical URL: lower-case host without {@code www.}, {@code m.} or {@code mobile.}; no scheme, query,
     * fragment or trailing slash; {@code twitter.com} as {@code x.com}. Null if it is not an http(s) URL.
     */
    public static String canonicalUrl(String raw) {
        String s = Normalize.clean(raw);
        if (s == null) {
            return null;
        }
        int start = s.regionMatches(true, 0, "https://", 0, 8) ? 8 : s.regionMatches(true, 0, "http://", 0, 7) ? 7 : 0;
        String simple = simpleCanonicalUrl(s, start);
        if (simple != null) {
            return simple;
        }
        return canonicalUrlByUri(start == 0 ? "https://" + s : s);
    }

    /**
     * The canonical form of a URL whose host is a plain domain name and whose path holds only unreserved characters,
     * {@code @} and {@code /} (most profile links), read without {@link URI}; null for any other URL, which
     * {@link #canonicalUrlByUri} reads. Both agree wherever this one answers.
     */
    static String simpleCanonicalUrl(String s, int start) {
        int n = s.length();
        int slash = s.indexOf('/', start);
        int hostEnd = slash < 0 ? n : slash;
        if (!plainHost(s, start, hostEnd)) {
            return null;
        }
        for (int k = hostEnd; k < n; k++) {
            char c = s.charAt(k);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '/' || c == '.'
                    || c == '-' || c == '_' || c == '~' || c == '@')) {
                return null;
            }
        }
        return canonicalHost(s.substring(start, hostEnd).toLowerCase(Locale.ROOT)) + trimSlashes(s.substring(hostEnd));
    }

    /** Whether s[from, to) is a domain name: dot-separated labels of letters, digits and inner hyphens, the last one starting with a letter. */
    private static boolean plainHost(String s, int from, int to) {
        if (from >= to) {
            return false;
        }
        int label = from;
        for (int k = from; k <= to; k++) {
            char c = k < to ? s.charAt(k) : '.';
            if (c == '.') {
                if (k == label || s.charAt(label) == '-' || s.charAt(k - 1) == '-') {
                    return false;
                }
                if (k == to) {
                    char first = s.charAt(label);
                    return first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z';
                }
                label = k + 1;
            } else if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return false;
    }

    private static String canonicalHost(String host) {
        for (String p : new String[] {"www.", "m.", "mobile."}) {
            if (host.startsWith(p)) {
                host = host.substring(p.length());
            }
        }
        return host.equals("twitter.com") ? "x.com" : host;
    }

    private static String trimSlashes(String path) {
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(0, end);
    }

    /** {@link #canonicalUrl} of an http(s) URL, read by {@link URI}. */
    static String canonicalUrlByUri(String s) {
        URI uri;
        try {
            uri = URI.create(s.replace(" ", "%20"));
        } catch (IllegalArgumentException e) {
            return null;
        }
        String host = uri.getHost();
        if (host == null) {
            return null;
        }
        return canonicalHost(host.toLowerCase(Locale.ROOT)) + trimSlashes(uri.getRawPath() == null ? ""
                : uri.getRawPath());
    }

    /** The non-empty segments of a path between slashes, from index from. */
    private static String[] segments(String s, int from) {
        List<String> out = new ArrayList<>(4);
        int k = from;
        while (k <= s.length()) {
            int end = s.indexOf('/', k);
            if (end < 0) {
                end = s.length();
            }
            if (end > k) {
                out.add(s.substring(k, end));
            }
            k = end + 1;
        }
        return out.toArray(new String[0]);
    }

    /**
     * The account a canonical profile URL points at, as {@code platform:handle}, for the platforms whose URL
     * patterns are known; other URLs give the canonical URL itself (a personal site is a claim too).
     */
    public static String profileKey(String canonicalUrl) {
        if (canonicalUrl == null) {
            return null;
        }
        int slash = canonicalUrl.indexOf('/');
        String host = slash < 0 ? canonicalUrl : canonicalUrl.substring(0, slash);
        String[] seg = slash < 0 ? new String[0] : segments(canonicalUrl, slash + 1);
        String first = seg.length > 0 ? seg[0].toLowerCase(Locale.ROOT) : null;
        switch (host) {
            case "x.com":
            case "instagram.com":
            case "facebook.com":
            case "github.com":
            case "tiktok.com":
            case "threads.net": {
                if (first == null || first.equals("home") || first.equals("intent") || first.equals("share")) {
                    return null;
                }
                String platform = host.equals("x.com") ? "x" : host.substring(0, host.indexOf('.'));
                return platform + ":" + stripAt(first);
            }
            case "youtube.com":
                if (first != null && first.startsWith("@")) {
                    return "youtube:" + stripAt(first);
                }
                if (seg.length >= 2 && (first.equals("c") || first.equals("user") || first.equals("channel"))) {
                    return "youtube:" + seg[1].toLowerCase(Locale.ROOT);
                }
                return null;
            case "reddit.com":
                if (seg.length >= 2 && (first.equals("u") || first.equals("user"))) {
                    return "reddit:" + seg[1].toLowerCase(Locale.ROOT);
                }
                return null;
            case "linkedin.com":
                if (seg.length >= 2 && first.equals("in")) {
                    return "linkedin:" + seg[1].toLowerCase(Locale.ROOT);
                }
                return null;
            case "bsky.app":
                if (seg.length >= 2 && first.equals("profile")) {
                    return "bluesky:" + seg[1].toLowerCase(Locale.ROOT);
                }
                return null;
            default:
                if (first != null && first.startsWith("@") && seg.length == 1) {
                    // Mastodon and other fediverse servers: host/@user
                    return "mastodon:" + stripAt(first) + "@" + host;
                }
                return canonicalUrl;
        }
    }

    /** The platform of a profile key ({@code x:jsmith} gives {@code x}), or null for a plain web page. */
    public static String profilePlatform(String profileKey) {
        int c = profileKey.indexOf(':');
        return c > 0 && profileKey.indexOf('/') < 0 ? profileKey.substring(0, c) : null;
    }

    /** The handle part of a profile key, or null. */
    public static String profileHandle(String profileKey) {
        int c = profileKey.indexOf(':');
        if (c <= 0 || profileKey.indexOf('/') >= 0) {
            return null;
        }
        String h = profileKey.substring(c + 1);
        return Normalize.handleLocal(h);
    }

    private static String stripAt(String s) {
        return s.startsWith("@") ? s.substring(1) : s;
    }
}
