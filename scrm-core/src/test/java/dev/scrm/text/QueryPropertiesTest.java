package dev.scrm.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/** Properties of the query parser and the tokeniser over generated input. */
class QueryPropertiesTest {

    private static final List<String> TEXTS = List.of("acme rocket is great", "#småbarn och @acme@mastodon.social",
            "globex NOT ok $ACME", "我喜欢这个品牌 😀", "colour color acme-rocket", "");

    @Property(tries = 400)
    void printThenParse_givesAnEqualQuery(@ForAll("queries") String query) {
        ListeningQuery q = ListeningQuery.parse(query);
        ListeningQuery again = ListeningQuery.parse(q.toString());
        assertThat(again).isEqualTo(q);
        assertThat(again.toString()).isEqualTo(q.toString());
        for (String text : TEXTS) {
            assertThat(again.matches(text)).isEqualTo(q.matches(text));
        }
    }

    @Property(tries = 1000)
    void parse_anyString_throwsOnlyQuerySyntaxException(@ForAll @StringLength(max = 60) String query) {
        roundTripIfValid(query);
    }

    @Property(tries = 1000)
    void parse_stringsOfQueryCharacters_throwsOnlyQuerySyntaxException(@ForAll("querySoup") String query) {
        roundTripIfValid(query);
    }

    @Property(tries = 1000)
    void tokenize_anyString_neverThrowsAndTokensFit(@ForAll @StringLength(max = 80) String text) {
        checkTokens(text);
    }

    @Property(tries = 500)
    void tokenize_socialSoup_neverThrowsAndTokensFit(@ForAll("socialSoup") String text) {
        checkTokens(text);
    }

    @Property(tries = 300)
    void vader_anyString_scoresInRange(@ForAll("socialSoup") String text) {
        var s = VaderSentimentAnalyzer.ofDefaults().analyze(text);
        assertThat(s.compound()).isBetween(-1.0, 1.0);
    }

    private static void checkTokens(String text) {
        List<SocialToken> tokens = SocialTokenizer.ofDefaults().tokenize(text);
        int last = 0;
        for (SocialToken t : tokens) {
            assertThat(t.start()).isGreaterThanOrEqualTo(last);
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
            last = t.end();
        }
    }

    private static void roundTripIfValid(String query) {
        ListeningQuery q;
        try {
            q = ListeningQuery.parse(query);
        } catch (QuerySyntaxException e) {
            assertThat(e.position()).isBetween(0, Math.max(query.length(), 0));
            return;
        }
        assertThat(ListeningQuery.parse(q.toString())).isEqualTo(q);
        for (String text : TEXTS) {
            q.matches(text);
        }
    }

    @Provide
    Arbitrary<String> querySoup() {
        return Arbitraries.of("acme", "AND", "OR", "NOT", "(", ")", "\"", "NEAR/2", "NEAR/", "NEAR/1f", "lang:",
                "lang:en", "hashtag:", "author:x", "#", "@", "$", "*", "?", "a*", "\\", "品牌", ":", " ", "  ",
                "\uD83D", "😀", "\u0301", "site:(", "&&", "||")
                .list().ofMaxSize(12).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> socialSoup() {
        return Arbitraries.of("acme", "#", "@", "$", "http://", "https://x.y/(a)", "www.", ".", ",", ":", ")", "(",
                "-", "'", "😀", "👍🏽", "👨‍👩‍👧", "🇸🇪", "1️⃣", "\u200D", "\uFE0F", "\uD83D", "\uDE00", "é", "\u0301",
                "品牌", "småbarn", "ABC", "!", "?", " ", "\t", "\u00A0", "<3", ":-)", "x@y.z", "42", "1,000.5", "BUT",
                "but", "not", "very", "kind of", "least")
                .list().ofMaxSize(20).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> queries() {
        return node(4);
    }

    private Arbitrary<String> node(int depth) {
        Arbitrary<String> term = Arbitraries.of("acme", "rocket", "#acme", "@acme", "$ACME", "acme*", "colo?r",
                "品牌", "småbarn", "café", "and", "not-bad", "😀", "\"acme rocket\"", "\"say \\\"hi\\\"\"",
                "\"a ( b ) c\"", "hashtag:acme", "lang:en", "platform:(mastodon OR bluesky)", "site:example.com",
                "author:\"Jane Doe\"", "lang:(NOT fr)");
        Arbitrary<String> proximate = Arbitraries.of("acme", "rocket", "\"acme rocket\"", "(acme OR globex)",
                "colo?r");
        if (depth == 0) {
            return term;
        }
        Arbitrary<String> sub = node(depth - 1);
        Arbitrary<String> near = Combinators.combine(proximate, proximate, Arbitraries.integers().between(0, 5),
                Arbitraries.of("", "f")).as((a, b, n, f) -> a + " NEAR/" + n + f + " " + b);
        return Arbitraries.oneOf(term, near,
                Combinators.combine(sub, sub).as((a, b) -> a + " AND " + b),
                Combinators.combine(sub, sub).as((a, b) -> a + " " + b),
                Combinators.combine(sub, sub).as((a, b) -> a + " OR " + b),
                Combinators.combine(sub, sub).as((a, b) -> "(" + a + " OR " + b + ")"),
                sub.map(a -> "NOT " + a),
                sub.map(a -> "(" + a + ")"));
    }
}
