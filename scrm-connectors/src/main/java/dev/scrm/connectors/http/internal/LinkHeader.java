package dev.scrm.connectors.http.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;

/** Parses RFC 8288 {@code Link} headers: {@code <url>; rel="next", <url>; rel="prev"}. */
public final class LinkHeader {

    private LinkHeader() {
    }

    /** The links of a header by relation; empty for null or unparseable input. */
    public static Map<String, HttpUrl> parse(String header) {
        Map<String, HttpUrl> links = new LinkedHashMap<>();
        if (header == null) {
            return links;
        }
        int i = 0;
        while (i < header.length()) {
            int open = header.indexOf('<', i);
            if (open < 0) {
                break;
            }
            int close = header.indexOf('>', open);
            if (close < 0) {
                break;
            }
            HttpUrl url = HttpUrl.parse(header.substring(open + 1, close).trim());
            int next = header.indexOf('<', close);
            String params = next < 0 ? header.substring(close + 1) : header.substring(close + 1, next);
            for (String part : params.split(";")) {
                String p = part.trim();
                if (p.regionMatches(true, 0, "rel=", 0, 4)) {
                    String rels = p.substring(4).replace("\"", "").replace(",", " ").trim();
                    for (String rel : rels.split("\\s+")) {
                        if (url != null && !rel.isEmpty()) {
                            links.putIfAbsent(rel.toLowerCase(java.util.Locale.ROOT), url);
                        }
                    }
                }
            }
            i = next < 0 ? header.length() : next;
        }
        return links;
    }

    /** A query parameter of the link with a relation, if both exist. */
    public static Optional<String> param(String header, String rel, String name) {
        HttpUrl url = parse(header).get(rel);
        return url == null ? Optional.empty() : Optional.ofNullable(url.queryParameter(name));
    }
}
