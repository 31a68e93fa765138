package dev.scrm.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scrm.core.Sentiment;
import dev.scrm.core.SentimentLabel;
import dev.scrm.core.ValidationException;
import java.io.StringReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The VADER rules one at a time, on the examples published with the reference implementation. */
class VaderSentimentAnalyzerTest {

    private final VaderSentimentAnalyzer vader = VaderSentimentAnalyzer.ofDefaults();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            VADER is smart, handsome, and funny.                           |  0.8316
            VADER is smart, handsome, and funny!                           |  0.8439
            VADER is very smart, handsome, and funny.                      |  0.8545
            VADER is VERY SMART, handsome, and FUNNY.                      |  0.9227
            VADER is VERY SMART, handsome, and FUNNY!!!                    |  0.9342
            VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!       |  0.9469
            VADER is not smart, handsome, nor funny.                       | -0.7424
            The book was good.                                             |  0.4404
            At least it isn't a horrible book.                             |  0.431
            The book was only kind of good.                                |  0.3832
            The plot was good, but the characters are uncompelling and the dialog is not great. | -0.7042
            Today SUX!                                                     | -0.5461
            Today only kinda sux! But I'll get by, lol                     |  0.5249
            Make sure you :) or :D today!                                  |  0.8633
            Catch utf-8 emoji such as 💘 and 💋 and 😁                      |  0.875
            Not bad at all                                                 |  0.431
            """)
    void analyze_publishedExamples_matchReference(String text, double compound) {
        assertThat(vader.analyze(text).compound()).isEqualTo(compound);
    }

    @Test
    void analyze_proportionsAndLabel() {
        Sentiment s = vader.analyze("VADER is smart, handsome, and funny.");
        assertThat(s.negative()).isEqualTo(0.0);
        assertThat(s.neutral()).isEqualTo(0.254);
        assertThat(s.positive()).isEqualTo(0.746);
        assertThat(s.label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(s.analyzer()).isEqualTo("vader");
        assertThat(s.analyzerVersion()).isEqualTo("3.3.2");
        assertThat(vader.analyze("The sky is blue.").label()).isEqualTo(SentimentLabel.NEUTRAL);
        assertThat(vader.analyze("This is terrible.").label()).isEqualTo(SentimentLabel.NEGATIVE);
    }

    @Test
    void analyze_emptyOrBlank_isAllZero() {
        for (String text : new String[] {"", "   ", "\t\n"}) {
            Sentiment s = vader.analyze(text);
            assertThat(s.compound()).isZero();
            assertThat(s.positive() + s.neutral() + s.negative()).isZero();
        }
    }

    @Test
    void analyze_negationFlipsAndDampens() {
        double good = vader.analyze("The food is good").compound();
        double notGood = vader.analyze("The food is not good").compound();
        assertThat(good).isPositive();
        assertThat(notGood).isNegative();
        assertThat(Math.abs(notGood)).isLessThan(good);
        assertThat(vader.analyze("The food isn't good").compound()).isEqualTo(notGood);
    }

    @Test
    void analyze_butShiftsWeightToTheSecondClause() {
        double plain = vader.analyze("The food is good and the service is bad").compound();
        double but = vader.analyze("The food is good but the service is bad").compound();
        assertThat(but).isLessThan(plain);
    }

    @Test
    void analyze_punctuationEmphasisIsCapped() {
        double four = vader.analyze("Great!!!!").compound();
        double ten = vader.analyze("Great!!!!!!!!!!").compound();
        assertThat(ten).isEqualTo(four);
        assertThat(vader.analyze("Great!").compound()).isLessThan(four);
    }

    @Test
    void analyze_idiomsAndSpecialCases() {
        assertThat(vader.analyze("wow this movie is the shit").compound()).isPositive();
        assertThat(vader.analyze("this movie is shit").compound()).isNegative();
        // The reference only checks three-word phrases that end at or around the scored word's left, so
        // "to die for" with "die" scored in the middle is not seen: it stays negative, as in the reference.
        assertThat(vader.analyze("that pizza was to die for").compound()).isNegative();
        assertThat(vader.analyze("my heart is a broken heart today").compound()).isNegative();
        assertThat(vader.analyze("oh yeah right, sure").compound()).isLessThan(
                vader.analyze("oh sure").compound());
    }

    @Test
    void builder_customValence_changesScoreAndVersion() {
        VaderSentimentAnalyzer custom = VaderSentimentAnalyzer.builder().valence("Shiny", 3.0).build();
        assertThat(custom.analyze("so shiny").compound()).isPositive();
        assertThat(vader.analyze("so shiny").compound()).isZero();
        assertThat(custom.analyze("x").analyzerVersion()).isEqualTo("3.3.2-custom");
        assertThat(VaderSentimentAnalyzer.builder().valence("x", 1).version("v2").id("vader-acme").build()
                .analyze("x")).extracting(Sentiment::analyzer, Sentiment::analyzerVersion)
                .containsExactly("vader-acme", "v2");
        assertThatThrownBy(() -> VaderSentimentAnalyzer.builder().valence("two words", 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VaderSentimentAnalyzer.builder().valence("x", Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void builder_unrounded_keepsFullPrecision() {
        VaderSentimentAnalyzer raw = VaderSentimentAnalyzer.builder().rounded(false).build();
        double exact = raw.analyze("The book was good.").compound();
        assertThat(exact).isCloseTo(0.4404, org.assertj.core.data.Offset.offset(0.00005));
        assertThat(exact).isNotEqualTo(0.4404);
    }

    @Test
    void builder_badLexicon_namesFileLineAndField() {
        assertThatThrownBy(() -> VaderSentimentAnalyzer.builder()
                .lexicon(new StringReader("good\t1.9\nbad\tvery\n"), "my-lexicon.txt"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.source()).contains("my-lexicon.txt");
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.field()).contains("valence");
                    assertThat(e.getMessage()).doesNotContain("very");
                });
        VaderSentimentAnalyzer tiny = VaderSentimentAnalyzer.builder()
                .lexicon(new StringReader("meh\t-1.0\n"), "tiny").build();
        assertThat(tiny.analyze("meh").compound()).isNegative();
        assertThat(tiny.analyze("good").compound()).isZero();
    }

    @Test
    void annotate_setsSentimentOnInteraction() {
        var interaction = dev.scrm.core.Interaction.builder(dev.scrm.core.InteractionId.of("mastodon", "1"))
                .kind(dev.scrm.core.InteractionKind.MENTION)
                .occurredAt(java.time.Instant.parse("2026-11-25T00:00:00Z"))
                .text("I love it")
                .provenance(TextFixtures.provenance())
                .build();
        assertThat(vader.annotate(interaction).sentiment().compound()).isPositive();
    }
}
