package dev.scrm.text;

import java.util.Objects;

/**
 * One token of a social media text, with where it is in the text.
 *
 * <p>{@link #value()} is the form to compare: NFKC-normalised and lower-cased for words, hashtags and
 * mentions (without their {@code #} or {@code @}), upper case without {@code $} for cashtags, and the text
 * itself for URLs, emoji and emoticons. {@link #toString()} shows the kind and offsets only, since the text
 * may be personal data. Immutable and thread-safe.
 *
 * @param kind what the token is
 * @param text the token as written in the input
 * @param value the normalised form to compare
 * @param start offset of its first char in the input
 * @param end offset just past its last char in the input
 */
public record SocialToken(TokenKind kind, String text, String value, int start, int end) {

    /**
     * Validates the token.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if the text is empty or the offsets do not fit it
     */
    public SocialToken {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("text must not be empty");
        }
        if (start < 0 || end - start != text.length()) {
            throw new IllegalArgumentException("offsets [" + start + ", " + end + ") do not fit a text of "
                    + text.length() + " chars");
        }
    }

    @Override
    public String toString() {
        return "SocialToken[" + kind + ", " + start + ".." + end + "]";
    }
}
