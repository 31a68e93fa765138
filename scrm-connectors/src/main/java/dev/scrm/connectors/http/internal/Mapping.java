package dev.scrm.connectors.http.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small helpers shared by the payload mappers. */
public final class Mapping {

    private static final Pattern HREF = Pattern.compile("href=\"([^\"]+)\"");
    private static final Pattern URL_IN_TEXT = Pattern.compile("https?://[^\\s<>\"')\\]]+");

    private Mapping() {
    }

    /** A URI, or null when missing or invalid. */
    public static URI uri(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            URI u = new URI(text.trim());
            return u.getScheme() == null ? null : u;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** The {@code href} targets in an HTML fragment. */
    public static List<URI> hrefs(String html) {
        List<URI> out = new ArrayList<>();
        if (html == null) {
            return out;
        }
        Matcher m = HREF.matcher(html);
        while (m.find()) {
            URI u = uri(Html.toText(m.group(1)));
            if (u != null && !out.contains(u)) {
                out.add(u);
            }
        }
        return out;
    }

    /** The http(s) URLs written in plain text. */
    public static List<URI> urlsInText(String text) {
        List<URI> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = URL_IN_TEXT.matcher(text);
        while (m.find()) {
            String s = m.group();
            while (s.endsWith(".") || s.endsWith(",") || s.endsWith(";") || s.endsWith(":")) {
                s = s.substring(0, s.length() - 1);
            }
            URI u = uri(s);
            if (u != null && !out.contains(u)) {
                out.add(u);
            }
        }
        return out;
    }

    /** A BCP 47-ish language tag, or null when absent or not a plain token. */
    public static String language(String tag) {
        if (tag == null || tag.isBlank() || tag.length() > 35) {
            return null;
        }
        for (int i = 0; i < tag.length(); i++) {
            char c = tag.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '_') || c > 127) {
                return null;
            }
        }
        return tag.replace('_', '-');
    }

    /** Text cut to a maximum length. */
    public static String cap(String text, int max) {
        if (text == null) {
            return null;
        }
        return text.length() <= max ? text : text.substring(0, max);
    }

    /** Longest display name or location kept from a platform profile, in characters. */
    public static final int PROFILE_TEXT_MAX = 1024;

    /** A profile's display name or location, cut to {@value #PROFILE_TEXT_MAX} characters. */
    public static String profileText(String text) {
        return cap(text, PROFILE_TEXT_MAX);
    }

    /**
     * A platform item's JSON, kept verbatim as its raw payload; null when it is longer than a payload may be,
     * since a cut JSON text could no longer be read.
     */
    public static dev.scrm.core.RawPayload raw(tools.jackson.databind.JsonNode item) {
        String json = Json.write(item);
        return json.length() > dev.scrm.core.RawPayload.MAX_LENGTH ? null : dev.scrm.core.RawPayload.json(json);
    }
}
