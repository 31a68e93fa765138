package dev.scrm.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class SocialTokenizerTest {

    private final SocialTokenizer tokenizer = SocialTokenizer.ofDefaults();

    private List<SocialToken> tokens(String text) {
        return tokenizer.tokenize(text);
    }

    @Test
    void tokenize_socialPost_findsEveryKind() {
        String text = "Loving #Småbarn & #品牌 with @Alice, @bob@mastodon.social and @carol.bsky.social! "
                + "$ACME up 1,000.5% 😀👍🏽 :-) <3 https://example.com/a_(b)?x=1. mail me: jane.doe+x@example.org";
        assertThat(tokens(text)).extracting(SocialToken::kind, SocialToken::value).containsExactly(
                tuple(TokenKind.WORD, "loving"),
                tuple(TokenKind.HASHTAG, "småbarn"),
                tuple(TokenKind.HASHTAG, "品牌"),
                tuple(TokenKind.WORD, "with"),
                tuple(TokenKind.MENTION, "alice"),
                tuple(TokenKind.MENTION, "bob@mastodon.social"),
                tuple(TokenKind.WORD, "and"),
                tuple(TokenKind.MENTION, "carol.bsky.social"),
                tuple(TokenKind.CASHTAG, "ACME"),
                tuple(TokenKind.WORD, "up"),
                tuple(TokenKind.NUMBER, "1,000.5"),
                tuple(TokenKind.EMOJI, "😀"),
                tuple(TokenKind.EMOJI, "👍🏽"),
                tuple(TokenKind.EMOTICON, ":-)"),
                tuple(TokenKind.EMOTICON, "<3"),
                tuple(TokenKind.URL, "https://example.com/a_(b)?x=1"),
                tuple(TokenKind.WORD, "mail"),
                tuple(TokenKind.WORD, "me"),
                tuple(TokenKind.EMAIL, "jane.doe+x@example.org"));
    }

    @Test
    void tokenize_sigilsInsideWords_doNotStartTokens() {
        assertThat(tokens("a#b c@d x$y issue#12")).extracting(SocialToken::kind)
                .doesNotContain(TokenKind.HASHTAG, TokenKind.MENTION, TokenKind.CASHTAG);
        assertThat(tokens("#123 #1a")).extracting(SocialToken::kind, SocialToken::value)
                .containsExactly(tuple(TokenKind.NUMBER, "123"), tuple(TokenKind.HASHTAG, "1a"));
        assertThat(tokens("$5 $TOOLONGX $BRK.A")).extracting(SocialToken::kind, SocialToken::value)
                .containsExactly(tuple(TokenKind.NUMBER, "5"), tuple(TokenKind.WORD, "toolongx"),
                        tuple(TokenKind.CASHTAG, "BRK.A"));
    }

    @Test
    void tokenize_emojiSequences_areOneTokenEach() {
        assertThat(tokens("👨‍👩‍👧🇸🇪1️⃣❤️")).extracting(SocialToken::text)
                .containsExactly("👨‍👩‍👧", "🇸🇪", "1️⃣", "❤️");
    }

    @Test
    void tokenize_urls_dropTrailingPunctuationAndUnbalancedBrackets() {
        assertThat(tokens("(see www.example.com/x).")).extracting(SocialToken::kind, SocialToken::text)
                .containsExactly(tuple(TokenKind.WORD, "see"), tuple(TokenKind.URL, "www.example.com/x"));
        assertThat(tokens("https://en.wikipedia.org/wiki/Foo_(bar)!")).extracting(SocialToken::text)
                .containsExactly("https://en.wikipedia.org/wiki/Foo_(bar)");
    }

    @Test
    void tokenize_wordsKeepInnerApostrophesAndHyphens_ideographsSplit() {
        assertThat(tokens("don't re-use l’été 我喜欢 ｆｕｌｌ")).extracting(SocialToken::value)
                .containsExactly("don't", "re-use", "l’été", "我", "喜", "欢", "full");
    }

    @Test
    void tokenize_offsetsPointIntoTheInput() {
        String text = "  héllo\u0301 #tag\uD83D";
        for (SocialToken t : tokens(text)) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        }
        assertThat(tokens("")).isEmpty();
        assertThat(tokens("\uDE00\uD83D \u0000\u202E")).isEmpty();
    }

    @Test
    void toString_hidesText() {
        assertThat(tokens("@alice").get(0).toString()).doesNotContain("alice");
    }
}
