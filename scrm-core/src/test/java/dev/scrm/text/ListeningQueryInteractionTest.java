package dev.scrm.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scrm.core.Interaction;
import dev.scrm.core.PlatformAccountId;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Field filters, brand tagging and push-down planning. */
class ListeningQueryInteractionTest {

    private final Interaction mastodonPost = TextFixtures.mention("mastodon", "1", "My #acme rocket is broken again")
            .author(PlatformAccountId.of("mastodon", "Alice@example.social"))
            .attribute("author_handle", "@alice")
            .language("en-GB")
            .url(URI.create("https://social.example.com/@alice/1"))
            .build();

    private boolean matches(String query) {
        return ListeningQuery.parse(query).matches(mastodonPost);
    }

    @Test
    void fields_matchTheInteraction() {
        assertThat(matches("lang:en")).isTrue();
        assertThat(matches("lang:en-gb")).isTrue();
        assertThat(matches("lang:fr")).isFalse();
        assertThat(matches("platform:mastodon")).isTrue();
        assertThat(matches("platform:(bluesky OR reddit)")).isFalse();
        assertThat(matches("author:alice")).isTrue();
        assertThat(matches("author:@ALICE")).isTrue();
        assertThat(matches("author:alice@*")).isTrue();
        assertThat(matches("author:bob")).isFalse();
        assertThat(matches("hashtag:acme")).isTrue();
        assertThat(matches("site:example.com")).isTrue();
        assertThat(matches("site:social.example.com")).isTrue();
        assertThat(matches("site:ample.com")).isFalse();
        assertThat(matches("acme NEAR/3 broken AND lang:en AND NOT platform:reddit")).isTrue();
        assertThat(matches("lang:(en AND NOT fr)")).isTrue();
    }

    @Test
    void interactionWithoutText_matchesOnlyFields() {
        Interaction silent = TextFixtures.mention("bluesky", "2", null).build();
        assertThat(ListeningQuery.parse("platform:bluesky").matches(silent)).isTrue();
        assertThat(ListeningQuery.parse("acme").matches(silent)).isFalse();
    }

    @Test
    void brandTagger_tagsOwnAndCompetitorBrands() {
        BrandTagger tagger = BrandTagger.of(List.of(
                Brand.own("acme", "acme OR #acme OR @acme"),
                Brand.competitor("globex", "globex NOT jobs"),
                Brand.competitor("initech", "initech")));
        Interaction post = TextFixtures.mention("x", "3", "Switched from Globex to #ACME, never going back")
                .brand("legacy").build();
        assertThat(tagger.matching(post)).extracting(Brand::name).containsExactly("acme", "globex");
        assertThat(tagger.tag(post).brands()).containsExactly("acme", "globex", "legacy");
        Interaction none = TextFixtures.mention("x", "4", "nothing to see").build();
        assertThat(tagger.tag(none)).isSameAs(none);
        assertThatThrownBy(() -> BrandTagger.of(List.of(Brand.own("a", "a"), Brand.competitor("a", "b"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'a'");
    }

    @Test
    void plan_fullSupport_pushesEverything() {
        ListeningQuery q = ListeningQuery.parse("(acme OR \"acme rocket\") NOT jobs");
        QueryPlan plan = q.plan(SearchCapabilities.all());
        assertThat(plan.pushDown()).contains(q);
        assertThat(plan.localFilter()).isEmpty();
    }

    @Test
    void plan_noSupport_filtersEverythingLocally() {
        ListeningQuery q = ListeningQuery.parse("acme NOT jobs");
        QueryPlan plan = q.plan(SearchCapabilities.none());
        assertThat(plan.pushDown()).isEmpty();
        assertThat(plan.localFilter()).contains(q);
    }

    @Test
    void plan_hashtagOnlySearch_pushesTheHashtagAndFiltersTheRest() {
        // like Mastodon's tag timeline: one hashtag, nothing else
        SearchCapabilities tagsOnly = new SearchCapabilities(EnumSet.of(SearchFeature.HASHTAGS), EnumSet.noneOf(
                QueryField.class));
        QueryPlan plan = ListeningQuery.parse("#acme AND broken NOT lang:fr").plan(tagsOnly);
        assertThat(plan.pushDown()).map(Object::toString).contains("#acme");
        assertThat(plan.localFilter()).map(Object::toString).contains("broken AND NOT lang:fr");
        Interaction hit = TextFixtures.mention("mastodon", "5", "#acme broken").language("en").build();
        Interaction miss = TextFixtures.mention("mastodon", "6", "#acme fine").language("en").build();
        assertThat(plan.accept(hit)).isTrue();
        assertThat(plan.accept(miss)).isFalse();
    }

    @Test
    void plan_relaxesUnsupportedConstructsToSupersets() {
        SearchCapabilities keywords = new SearchCapabilities(
                EnumSet.of(SearchFeature.TERMS, SearchFeature.AND, SearchFeature.OR), EnumSet.of(QueryField.LANG));
        QueryPlan near = ListeningQuery.parse("acme NEAR/2 \"customer service\"").plan(keywords);
        assertThat(near.pushDown()).map(Object::toString).contains("acme AND (customer AND service)");
        assertThat(near.localFilter()).map(Object::toString).contains("acme NEAR/2 \"customer service\"");

        QueryPlan or = ListeningQuery.parse("(acme OR acme*) AND lang:en").plan(keywords);
        assertThat(or.pushDown()).map(Object::toString).contains("lang:en");
        assertThat(or.localFilter()).map(Object::toString).contains("acme OR acme*");

        QueryPlan not = ListeningQuery.parse("NOT acme").plan(keywords);
        assertThat(not.pushDown()).isEmpty();
    }
}
