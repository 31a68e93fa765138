package dev.scrm.benchmarks.text;

import dev.scrm.text.VaderSentimentAnalyzer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;

/**
 * The targets of {@link VaderBenchmark} (and the {@link ListeningBenchmark} figures) measured in CPU time of the scoring thread instead of wall time,
 * for machines shared with other work, where wall-clock JMH figures mostly measure the wait for a core.
 * Warms up for {@code warmup} rounds, then reports each measured round: tweets per CPU second over the
 * 4,200 tweets, and CPU milliseconds for one 16,000-token text.
 *
 * <p>Run: {@code java -cp scrm-benchmarks/target/benchmarks.jar dev.scrm.benchmarks.text.TextCpuTime [rounds]}
 */
public final class TextCpuTime {

    private TextCpuTime() {
    }

    /**
     * Runs the measurement.
     *
     * @param args optional number of measured rounds (default 5)
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        VaderSentimentAnalyzer vader = VaderSentimentAnalyzer.ofDefaults();
        List<String> tweets = TweetCorpus.tweets();
        String longText = TweetCorpus.longText(16_000);
        ListeningBenchmark listening = new ListeningBenchmark();
        listening.setUp();
        double sink = 0;
        for (int round = -5; round < rounds; round++) {
            long t0 = mx.getCurrentThreadCpuTime();
            for (int k = 0; k < 20; k++) {
                for (String t : tweets) {
                    sink += vader.analyze(t).compound();
                }
            }
            long t1 = mx.getCurrentThreadCpuTime();
            for (int k = 0; k < 20; k++) {
                sink += vader.analyze(longText).compound();
            }
            long t2 = mx.getCurrentThreadCpuTime();
            for (int k = 0; k < 5; k++) {
                for (String t : tweets) {
                    sink += listening.tokenizer.tokenize(t).size();
                }
            }
            long t3 = mx.getCurrentThreadCpuTime();
            for (int k = 0; k < 5; k++) {
                for (String t : tweets) {
                    sink += listening.query.matches(t) ? 1 : 0;
                }
            }
            long t4 = mx.getCurrentThreadCpuTime();
            for (int k = 0; k < 5; k++) {
                for (var in : listening.interactions) {
                    sink += listening.tagger.matching(in).size();
                }
            }
            long t5 = mx.getCurrentThreadCpuTime();
            if (round >= 0) {
                double n = 5.0 * tweets.size();
                System.out.printf(Locale.ROOT, "round %d: VADER %,.0f tweets per CPU second; 16,000-token text %.2f CPU ms;"
                        + " per CPU second: tokenise %,.0f, query %,.0f, 5 brands %,.0f tweets%n",
                        round + 1, 20.0 * tweets.size() / ((t1 - t0) / 1e9), (t2 - t1) / 20 / 1e6,
                        n / ((t3 - t2) / 1e9), n / ((t4 - t3) / 1e9), n / ((t5 - t4) / 1e9));
            }
        }
        System.out.println(sink == 42 ? "" : "done");
    }
}
