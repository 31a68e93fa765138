package dev.scrm.connectors.http;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets from text before it is logged, thrown or stored: token query parameters
 * ({@code access_token}, {@code key}, {@code client_secret}, {@code token_auth}, {@code appsecret_proof},
 * ...), JSON fields holding credentials ({@code accessJwt}, {@code refreshJwt}, {@code password},
 * {@code access_token}, ...), {@code Authorization}-style values ({@code Bearer ...}, {@code Basic ...})
 * and JWT-shaped tokens. Each secret is replaced by {@code ****}. Stateless and thread-safe.
 */
public final class Redactor {

    /** What every secret is replaced with. */
    public static final String MASK = "****";

    private static final String NAMES = "access_token|refresh_token|id_token|token|key|api_key|apikey|client_secret"
            + "|token_auth|appsecret_proof|password|secret|accessJwt|refreshJwt|session_token|auth|authorization"
            + "|code_verifier|oauth_signature";

    private static final List<Pattern> PATTERNS = List.of(
            // query or form parameters: name=value
            Pattern.compile("(?i)([?&;\\s]|^)(" + NAMES + ")=([^&\\s\"'<>#]+)"),
            // JSON fields: "name" : "value"
            Pattern.compile("(?i)(\"(?:" + NAMES + ")\"\\s*:\\s*\")((?:[^\"\\\\]|\\\\.)*)(\")"),
            // header-style credentials
            Pattern.compile("(?i)\\b(Bearer|Basic|DPoP)\\s+([A-Za-z0-9._~+/=-]{4,})"),
            // JWTs anywhere
            Pattern.compile("\\beyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]*"));

    private Redactor() {
    }

    /**
     * The text with every secret it holds replaced by {@link #MASK}.
     *
     * @param text the text, may be null
     * @return the redacted text, or null for null
     */
    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        out = replace(PATTERNS.get(0), out, m -> m.group(1) + m.group(2) + "=" + MASK);
        out = replace(PATTERNS.get(1), out, m -> m.group(1) + MASK + m.group(3));
        out = replace(PATTERNS.get(2), out, m -> m.group(1) + " " + MASK);
        out = replace(PATTERNS.get(3), out, m -> MASK);
        return out;
    }

    /**
     * The text with a known secret value removed as well as everything {@link #redact(String)} removes.
     *
     * @param text the text, may be null
     * @param secretValue a secret value known to the caller
     * @return the redacted text
     */
    public static String redact(String text, String secretValue) {
        Objects.requireNonNull(secretValue, "secretValue");
        String out = redact(text);
        if (out != null && secretValue.length() >= 4) {
            out = out.replace(secretValue, MASK);
        }
        return out;
    }

    private static String replace(Pattern p, String text, java.util.function.Function<Matcher, String> f) {
        Matcher m = p.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        do {
            m.appendReplacement(sb, Matcher.quoteReplacement(f.apply(m)));
        } while (m.find());
        m.appendTail(sb);
        return sb.toString();
    }
}
