package dev.scrm.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scrm.core.Interaction;
import dev.scrm.core.Sentiment;
import org.junit.jupiter.api.Test;

class LanguageRoutingAnalyzerTest {

    /** A stand-in model for another language: scores "gut" as positive. */
    private final SentimentAnalyzer german = text -> new Sentiment(text.contains("gut") ? 0.5 : 0.0, 0.5, 0.5, 0.0,
            "toy-de", "1");

    @Test
    void annotate_routesByLanguageThenPrimarySubtag() {
        LanguageRoutingAnalyzer router = LanguageRoutingAnalyzer.builder()
                .route("en", VaderSentimentAnalyzer.ofDefaults())
                .route("DE", german)
                .build();
        Interaction de = TextFixtures.mention("x", "1", "sehr gut").language("de-AT").build();
        Interaction en = TextFixtures.mention("x", "2", "very good").language("en").build();
        Interaction fr = TextFixtures.mention("x", "3", "très bien").language("fr").build();
        Interaction none = TextFixtures.mention("x", "4", "good").build();
        assertThat(router.annotate(de).sentiment().analyzer()).isEqualTo("toy-de");
        assertThat(router.annotate(en).sentiment().analyzer()).isEqualTo("vader");
        assertThat(router.annotate(fr)).isSameAs(fr);
        assertThat(router.annotate(none)).isSameAs(none);
        assertThatThrownBy(() -> router.analyze("good")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void fallback_scoresUnroutedInteractions() {
        LanguageRoutingAnalyzer router = LanguageRoutingAnalyzer.builder().route("de", german)
                .fallback(VaderSentimentAnalyzer.ofDefaults()).build();
        Interaction fr = TextFixtures.mention("x", "3", "good").language("fr").build();
        assertThat(router.annotate(fr).sentiment().analyzer()).isEqualTo("vader");
        assertThat(router.analyze("good").compound()).isPositive();
    }

    @Test
    void builder_rejectsDuplicatesAndEmptyConfiguration() {
        assertThatThrownBy(() -> LanguageRoutingAnalyzer.builder().route("en", german).route("EN", german))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'en'");
        assertThatThrownBy(() -> LanguageRoutingAnalyzer.builder().build()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> LanguageRoutingAnalyzer.builder().route(" ", german))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
