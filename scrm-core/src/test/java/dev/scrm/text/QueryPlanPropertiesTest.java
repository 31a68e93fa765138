package dev.scrm.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrm.core.Interaction;
import java.net.URI;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A plan never loses a match, and push-down plus local filter is exactly the query. */
class QueryPlanPropertiesTest {

    private static final List<Interaction> INTERACTIONS = List.of(
            TextFixtures.mention("mastodon", "1", "acme rocket is broken #acme").language("en").build(),
            TextFixtures.mention("bluesky", "2", "globex customer service rocks").language("de").build(),
            TextFixtures.mention("reddit", "3", "the rocket from acme, not globex @acme").language("en-US")
                    .url(URI.create("https://www.reddit.com/r/x")).build(),
            TextFixtures.mention("x", "4", "nothing to see here").build(),
            TextFixtures.mention("mastodon", "5", "broken acme colour color").language("fr").build(),
            TextFixtures.mention("x", "6", null).build());

    @Property(tries = 500)
    void plan_isSupersetThenExact(@ForAll("queries") String text, @ForAll("capabilities") SearchCapabilities caps) {
        ListeningQuery query = ListeningQuery.parse(text);
        QueryPlan plan = query.plan(caps);
        plan.pushDown().ifPresent(p -> assertThat(ListeningQuery.parse(p.toString())).isEqualTo(p));
        plan.localFilter().ifPresent(l -> assertThat(ListeningQuery.parse(l.toString())).isEqualTo(l));
        for (Interaction in : INTERACTIONS) {
            boolean matches = query.matches(in);
            boolean pushed = plan.pushDown().map(p -> p.matches(in)).orElse(true);
            if (matches) {
                assertThat(pushed).as("push-down must not lose a match").isTrue();
            }
            assertThat(pushed && plan.accept(in)).isEqualTo(matches);
        }
    }

    @Provide
    Arbitrary<SearchCapabilities> capabilities() {
        return Combinators.combine(Arbitraries.of(SearchFeature.class).set(), Arbitraries.of(QueryField.class).set())
                .as((Set<SearchFeature> f, Set<QueryField> q) -> new SearchCapabilities(f, q));
    }

    @Provide
    Arbitrary<String> queries() {
        return node(3);
    }

    private Arbitrary<String> node(int depth) {
        Arbitrary<String> term = Arbitraries.of("acme", "rocket", "#acme", "@acme", "globex", "broken", "colo?r",
                "acme*", "\"customer service\"", "\"rocket from acme\"", "lang:en", "platform:(mastodon OR x)",
                "site:reddit.com", "hashtag:acme", "lang:(NOT fr)", "acme NEAR/2 broken", "globex NEAR/1f service");
        if (depth == 0) {
            return term;
        }
        Arbitrary<String> sub = node(depth - 1);
        return Arbitraries.oneOf(term,
                Combinators.combine(sub, sub).as((a, b) -> "(" + a + ") AND (" + b + ")"),
                Combinators.combine(sub, sub).as((a, b) -> "(" + a + ") OR (" + b + ")"),
                sub.map(a -> "NOT (" + a + ")"));
    }
}
