package dev.scrm.connectors.http.internal;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import okhttp3.HttpUrl;

/** Base-URL checks and building. */
public final class Urls {

    private Urls() {
    }

    /** Checks that a base URL is absolute http(s) without query, and strips a trailing slash. */
    public static URI checkBase(URI value) {
        Objects.requireNonNull(value, "baseUrl");
        String scheme = value.getScheme() == null ? "" : value.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("baseUrl must be an http or https URL");
        }
        if (value.getHost() == null) {
            throw new IllegalArgumentException("baseUrl must have a host");
        }
        if (value.getRawQuery() != null || value.getRawFragment() != null) {
            throw new IllegalArgumentException("baseUrl must not have a query or fragment");
        }
        String s = value.toString();
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return URI.create(s);
    }

    /** The base URL with path segments appended. */
    public static HttpUrl.Builder at(URI base, String path) {
        HttpUrl url = HttpUrl.get(base.toString());
        HttpUrl.Builder b = url.newBuilder();
        for (String seg : path.split("/")) {
            if (!seg.isEmpty()) {
                b.addPathSegment(seg);
            }
        }
        return b;
    }
}
