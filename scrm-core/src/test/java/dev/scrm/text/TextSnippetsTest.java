package dev.scrm.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrm.core.Interaction;
import dev.scrm.core.Sentiment;
import dev.scrm.core.SentimentLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The examples of the javadoc and the README, compiled and checked. */
class TextSnippetsTest {

    @Test
    void vaderExample() {
        // region vader
        SentimentAnalyzer vader = VaderSentimentAnalyzer.ofDefaults();
        Sentiment s = vader.analyze("The new release is GREAT, but setup was slow :(");
        s.compound(); // -0.2343: what follows "but" weighs more
        // endregion
        assertThat(s.compound()).isEqualTo(-0.2343);
        assertThat(s.label()).isEqualTo(SentimentLabel.NEGATIVE);
    }

    @Test
    void listeningQueryExample() {
        // region query
        ListeningQuery acme = ListeningQuery.parse("(acme OR #acmerocket) NOT lang:fr");
        acme.matches("Loving my new ACME rocket!"); // true
        // endregion
        assertThat(acme.matches("Loving my new ACME rocket!")).isTrue();
    }

    @Test
    void readmeExample() {
        Interaction interaction = TextFixtures.mention("mastodon", "1",
                "Switched from Globex to #ACME and never looked back! 🚀").build();
        // region readme
        SentimentAnalyzer sentiment = VaderSentimentAnalyzer.ofDefaults();
        BrandTagger brands = BrandTagger.of(List.of(
                Brand.own("acme", "acme OR #acme OR @acme"),
                Brand.competitor("globex", "globex NOT \"globex jobs\"")));
        Interaction analysed = brands.tag(sentiment.annotate(interaction));
        analysed.brands();                // [acme, globex]
        analysed.sentiment().label();     // NEUTRAL, POSITIVE or NEGATIVE by the ±0.05 thresholds

        QueryPlan plan = ListeningQuery.parse("#acme AND (broken OR refund) NOT lang:fr")
                .plan(new SearchCapabilities(java.util.Set.of(SearchFeature.HASHTAGS), java.util.Set.of()));
        plan.pushDown();                  // #acme: what the platform's tag search can do
        plan.localFilter();               // (broken OR refund) AND NOT lang:fr, checked on each result
        // endregion
        assertThat(analysed.brands()).containsExactly("acme", "globex");
        assertThat(analysed.sentiment()).isNotNull();
        assertThat(plan.pushDown()).map(Object::toString).contains("#acme");
        assertThat(plan.localFilter()).map(Object::toString).contains("(broken OR refund) AND NOT lang:fr");
    }
}
