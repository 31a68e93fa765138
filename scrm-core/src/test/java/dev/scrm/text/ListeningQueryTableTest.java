package dev.scrm.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A table of queries, texts and whether they match, and of malformed queries with the error position. */
class ListeningQueryTableTest {

    static Stream<Arguments> matches() {
        return Stream.of(
                // terms: whole tokens, case-insensitive
                Arguments.of("acme", "I love Acme products", true),
                Arguments.of("acme", "ACME!!!", true),
                Arguments.of("acme", "acmeish is not acme-like", false),
                Arguments.of("acme", "nothing here", false),
                Arguments.of("acme", "", false),
                // AND, implicit AND, OR, NOT
                Arguments.of("acme AND rocket", "the acme rocket", true),
                Arguments.of("acme AND rocket", "the acme car", false),
                Arguments.of("acme rocket", "rocket by acme", true),
                Arguments.of("acme && rocket", "rocket by acme", true),
                Arguments.of("acme OR globex", "globex is fine", true),
                Arguments.of("acme OR globex", "initech is fine", false),
                Arguments.of("acme || globex", "acme", true),
                Arguments.of("acme NOT jobs", "acme is hiring, see jobs", false),
                Arguments.of("acme NOT jobs", "acme rocks", true),
                Arguments.of("acme AND NOT jobs", "acme rocks", true),
                Arguments.of("NOT acme", "globex", true),
                Arguments.of("NOT NOT acme", "acme", true),
                // precedence and nesting
                Arguments.of("acme OR globex AND rocket", "acme", true),
                Arguments.of("(acme OR globex) AND rocket", "acme", false),
                Arguments.of("(acme OR globex) AND rocket", "globex rocket", true),
                Arguments.of("((acme OR (globex AND car)) NOT (recall OR lawsuit))", "globex car is great", true),
                Arguments.of("((acme OR (globex AND car)) NOT (recall OR lawsuit))", "globex car recall", false),
                Arguments.of("(((acme)))", "acme", true),
                Arguments.of("acme NOT (jobs OR hiring) OR globex", "globex is hiring", true),
                // phrases
                Arguments.of("\"acme rocket\"", "my Acme Rocket broke", true),
                Arguments.of("\"acme rocket\"", "rocket acme", false),
                Arguments.of("\"acme rocket\"", "acme, rocket", true),
                Arguments.of("\"say \\\"hi\\\"\"", "they say hi", true),
                Arguments.of("\"not good\" OR \"not great\"", "the food was not great", true),
                // wildcards
                Arguments.of("acme*", "acmeish", true),
                Arguments.of("acme*", "acme", true),
                Arguments.of("acme*", "the acm", false),
                Arguments.of("colo?r", "what a colour", true),
                Arguments.of("colo?r", "what a color", false),
                Arguments.of("*phone", "my smartphone", true),
                Arguments.of("\"acme rock*\"", "acme rockets!", true),
                // NEAR
                Arguments.of("acme NEAR/2 broken", "acme is totally broken", true),
                Arguments.of("acme NEAR/1 broken", "acme is totally broken", false),
                Arguments.of("acme NEAR/0 broken", "broken acme", true),
                Arguments.of("acme NEAR/2f broken", "broken acme", false),
                Arguments.of("acme NEAR/2f broken", "acme was broken", true),
                Arguments.of("(acme OR globex) NEAR/3 \"customer service\"", "globex has the worst customer service",
                        true),
                Arguments.of("acme NEAR/1 rocket NEAR/1 fuel", "acme rocket fuel", true),
                Arguments.of("acme NEAR/1 rocket NEAR/1 fuel", "acme rocket no more fuel", false),
                // hashtags, mentions, cashtags
                Arguments.of("#acme", "go #ACME", true),
                Arguments.of("#acme", "go acme", false),
                Arguments.of("acme", "go #acme", true),
                Arguments.of("@acme", "thanks @Acme", true),
                Arguments.of("@acme", "thanks acme", false),
                Arguments.of("@acme@mastodon.social", "cc @acme@mastodon.social please", true),
                Arguments.of("$ACME", "bought $acme today", true),
                Arguments.of("$acme", "bought acme today", false),
                // Unicode
                Arguments.of("#småbarn", "Tips för #Småbarn", true),
                Arguments.of("småbarn", "tips för #småbarn", true),
                Arguments.of("#品牌", "我喜欢这个 #品牌", true),
                Arguments.of("品牌", "我喜欢这个品牌。", true),
                Arguments.of("品牌", "我喜欢这个牌品", false),
                Arguments.of("café", "un CAFÉ noir", true),
                Arguments.of("ｃａｆｅ", "cafe", true),
                Arguments.of("straße", "Die STRASSE", false),
                Arguments.of("\"отличный сервис\"", "Отличный сервис, спасибо", true),
                Arguments.of("😀", "so happy 😀!", true),
                Arguments.of("acme AND 🚀", "acme 🚀🚀", true),
                // lower-case operators are terms
                Arguments.of("rock and roll", "rock and roll", true),
                Arguments.of("rock and roll", "rock roll", false),
                // hashtag field works on bare text, other fields need an interaction
                Arguments.of("hashtag:acme", "#acme rocks", true),
                Arguments.of("hashtag:#acme", "#acme rocks", true),
                Arguments.of("hashtag:acme*", "#acmerocket", true),
                Arguments.of("hashtag:(acme OR globex)", "#globex", true),
                Arguments.of("lang:en", "acme", false),
                Arguments.of("NOT lang:en", "acme", true));
    }

    @ParameterizedTest(name = "[{index}] {0} ~ {1} -> {2}")
    @MethodSource("matches")
    void matches_table(String query, String text, boolean expected) {
        ListeningQuery q = ListeningQuery.parse(query);
        assertThat(q.matches(text)).isEqualTo(expected);
        // the canonical form means the same
        assertThat(ListeningQuery.parse(q.toString())).isEqualTo(q);
        assertThat(ListeningQuery.parse(q.toString()).matches(text)).isEqualTo(expected);
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("", 0, "empty"),
                Arguments.of("   ", 0, "empty"),
                Arguments.of("acme AND", 8, "end of query"),
                Arguments.of("OR acme", 0, "operator OR"),
                Arguments.of("acme OR OR globex", 8, "operator OR"),
                Arguments.of("(acme OR globex", 15, "expected ')' to close '(' at position 0"),
                Arguments.of("acme)", 4, "')' without a matching '('"),
                Arguments.of("()", 1, "empty parentheses"),
                Arguments.of("\"acme rocket", 0, "phrase is not closed"),
                Arguments.of("\"\"", 0, "empty phrase"),
                Arguments.of("acme NEAR globex", 5, "NEAR needs a distance"),
                Arguments.of("acme NEAR/x globex", 5, "NEAR needs a distance"),
                Arguments.of("acme NEAR/2", 11, "end of query"),
                Arguments.of("(a AND b) NEAR/2 c", 10, "NEAR works on terms"),
                Arguments.of("a NEAR/2 lang:en", 2, "NEAR works on terms"),
                Arguments.of("colour:red", 0, "unknown field 'colour'"),
                Arguments.of("lang:", 5, "needs a value"),
                Arguments.of("lang: en", 5, "needs a value"),
                Arguments.of("lang:(en OR author:x)", 12, "cannot contain another field"),
                Arguments.of("*", 0, "wildcards"),
                Arguments.of("acme AND ??", 9, "wildcards"),
                Arguments.of("!!!", 0, "nothing to search for"),
                Arguments.of("\"... ---\"", 0, "nothing to search for"),
                Arguments.of("(".repeat(200) + "a" + ")".repeat(200), 100, "nested deeper"),
                Arguments.of("NOT ".repeat(150) + "a", 400, "nested deeper"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("malformed")
    void parse_malformed_namesPositionAndProblem(String query, int position, String problem) {
        assertThatThrownBy(() -> ListeningQuery.parse(query))
                .isInstanceOfSatisfying(QuerySyntaxException.class, e -> {
                    assertThat(e.position()).isEqualTo(position);
                    assertThat(e.problem()).contains(problem);
                    assertThat(e.getMessage()).startsWith("query syntax error at position " + position + ": ");
                });
        assertThat(ListeningQuery.tryParse(query)).isEmpty();
    }
}
