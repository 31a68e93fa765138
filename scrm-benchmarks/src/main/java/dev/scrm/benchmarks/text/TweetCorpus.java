package dev.scrm.benchmarks.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The 4,200 tweets of the VADER paper's ground truth (Hutto and Gilbert, ICWSM 2014; MIT licence, see
 * LICENSE.txt beside the data): real social media text with slang, emoticons, capitals and punctuation.
 */
final class TweetCorpus {

    private TweetCorpus() {
    }

    static List<String> tweets() {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                TweetCorpus.class.getResourceAsStream("tweets_GroundTruth.txt"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] cols = line.split("\t", 3);
                if (cols.length == 3) {
                    out.add(cols[2]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Tweets appended one after another until the text has {@code tokens} white-space separated tokens. */
    static String longText(int tokens) {
        StringBuilder sb = new StringBuilder();
        int count = 0;
        List<String> tweets = tweets();
        for (int i = 0; count < tokens; i = (i + 1) % tweets.size()) {
            for (String word : tweets.get(i).split("\\s+")) {
                if (word.isEmpty() || count == tokens) {
                    continue;
                }
                sb.append(word).append(' ');
                count++;
            }
        }
        return sb.toString();
    }
}
