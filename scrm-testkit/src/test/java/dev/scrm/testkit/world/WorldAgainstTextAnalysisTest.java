package dev.scrm.testkit.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.scrm.core.Direction;
import dev.scrm.core.Interaction;
import dev.scrm.core.SentimentLabel;
import dev.scrm.text.Brand;
import dev.scrm.text.BrandTagger;
import dev.scrm.text.VaderSentimentAnalyzer;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The world is usable by the SDK's own text analysis: its texts carry the sentiment they were written to
 * carry (as VADER reads them), and listening queries built from each brand's name, hashtag, handle and
 * products recover the true share of voice.
 */
class WorldAgainstTextAnalysisTest {

    private static final SyntheticWorld WORLD = SyntheticWorld.generate(WorldConfig.ofDefaults());

    @Test
    void vader_agreesWithTheIntendedSentimentOfTheTexts() {
        VaderSentimentAnalyzer vader = VaderSentimentAnalyzer.ofDefaults();
        Map<PostCategory, int[]> byCategory = new EnumMap<>(PostCategory.class);
        int agree = 0;
        int all = 0;
        for (Interaction i : WORLD.interactions()) {
            PostCategory c = WORLD.truth().categoryOf(i.id()).orElse(null);
            if (c == null) {
                continue;
            }
            SentimentLabel got = vader.analyze(i.text()).label();
            int[] n = byCategory.computeIfAbsent(c, k -> new int[2]);
            n[1]++;
            all++;
            if (got == c.intendedSentiment()) {
                n[0]++;
                agree++;
            }
        }
        assertThat((double) agree / all).as("overall agreement").isGreaterThan(0.95);
        byCategory.forEach((c, n) -> assertThat((double) n[0] / n[1]).as("agreement on %s", c).isGreaterThan(0.8));
    }

    @Test
    void listeningQueriesFromTheBrandsRecoverTheTrueShareOfVoice() {
        List<Brand> brands = WORLD.brands().stream().map(WorldBrand::listeningBrand).toList();
        BrandTagger tagger = BrandTagger.of(brands);
        Map<String, Long> counts = new HashMap<>();
        long truePositives = 0;
        long tags = 0;
        for (Interaction i : WORLD.interactions()) {
            if (i.direction() != Direction.INBOUND) {
                continue;
            }
            Set<String> found = tagger.matching(i).stream().map(Brand::name).collect(Collectors.toSet());
            Set<String> truth = WORLD.truth().brandsOf(i.id());
            for (String b : found) {
                counts.merge(b, 1L, Long::sum);
                tags++;
                if (truth.contains(b)) {
                    truePositives++;
                }
            }
        }
        assertThat((double) truePositives / tags).as("tagging precision").isGreaterThan(0.99);
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        for (WorldBrand b : WORLD.brands()) {
            double measured = 100.0 * counts.getOrDefault(b.id(), 0L) / total;
            assertThat(measured).as("share of voice of %s", b.id())
                    .isCloseTo(WORLD.truth().shareOfVoice(b.id()), within(1.0));
        }
    }
}
