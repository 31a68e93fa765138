package dev.scrm.text;

import dev.scrm.text.internal.Tokenization;
import java.util.List;
import java.util.Objects;

/**
 * Splits social media text into words, numbers, hashtags, mentions, cashtags, URLs, e-mail addresses,
 * emoji and emoticons.
 *
 * <p>Rules: white space, punctuation and symbols separate tokens and are not returned. Hashtags may be in
 * any script ({@code #småbarn}, {@code #品牌}) but not digits only; a {@code #}, {@code @} or {@code $}
 * right after a letter or digit does not start one. Mentions include Bluesky-style domain handles and
 * fediverse {@code @user@server}. URLs start with {@code http://}, {@code https://} or {@code www.} and
 * lose trailing punctuation and unbalanced closing brackets. Chinese and Japanese ideographs and kana are
 * one token each (a phrase of them matches as a sequence), other scripts form words between separators.
 *
 * <p>Any input is accepted, including unpaired surrogates and control characters: {@link #tokenize(String)}
 * never throws for a non-null string, and runs in time linear in its length. Immutable and thread-safe.
 */
public final class SocialTokenizer {

    private static final SocialTokenizer DEFAULT = new SocialTokenizer();

    private SocialTokenizer() {
    }

    /**
     * The tokeniser.
     *
     * @return the shared tokeniser
     */
    public static SocialTokenizer ofDefaults() {
        return DEFAULT;
    }

    /**
     * The tokens of a text, in order.
     *
     * @param text the text
     * @return its tokens, an immutable list
     * @throws NullPointerException if {@code text} is null
     */
    public List<SocialToken> tokenize(String text) {
        Objects.requireNonNull(text, "text");
        return List.copyOf(Tokenization.tokenize(text));
    }
}
