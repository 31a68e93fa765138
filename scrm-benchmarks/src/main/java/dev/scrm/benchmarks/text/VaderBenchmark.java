package dev.scrm.benchmarks.text;

import dev.scrm.core.Sentiment;
import dev.scrm.text.VaderSentimentAnalyzer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

/**
 * VADER sentiment on one thread: throughput on real tweets, and the time for one long text.
 *
 * <p>{@code tweets} scores the 4,200 tweets of the VADER paper's ground truth once per operation and reports
 * tweets per second (the reference Python implementation does roughly 10,000 to 16,000). {@code longText}
 * scores one text of {@code tokens} tokens made of those tweets back to back (a long review, a thread
 * export); with 1,000 and 16,000 tokens it shows that the cost grows linearly.
 *
 * <p>Run: {@code mvn -B -q -pl scrm-benchmarks -am package -DskipTests &&
 * java -jar scrm-benchmarks/target/benchmarks.jar VaderBenchmark -f 1 -wi 2 -i 3}
 */
@State(Scope.Benchmark)
@Threads(1)
public class VaderBenchmark {

    private static final int TWEETS = 4200;

    VaderSentimentAnalyzer vader;
    List<String> tweets;

    @Setup(Level.Trial)
    public void setUp() {
        vader = VaderSentimentAnalyzer.ofDefaults();
        tweets = TweetCorpus.tweets();
        if (tweets.size() != TWEETS) {
            throw new IllegalStateException("expected " + TWEETS + " tweets, found " + tweets.size());
        }
    }

    /** One long text per trial. */
    @State(Scope.Benchmark)
    public static class LongText {
        @Param({"1000", "16000"})
        int tokens;

        String text;

        @Setup(Level.Trial)
        public void setUp() {
            text = TweetCorpus.longText(tokens);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(TWEETS)
    public void tweets(Blackhole bh) {
        for (String t : tweets) {
            bh.consume(vader.analyze(t));
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Sentiment longText(LongText longText) {
        return vader.analyze(longText.text);
    }
}
