package dev.scrm.benchmarks.text;

import dev.scrm.text.Brand;
import dev.scrm.text.BrandTagger;
import dev.scrm.text.ListeningQuery;
import dev.scrm.text.SocialTokenizer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Social tokenisation and listening-query matching on one thread, over the 4,200 tweets of the VADER
 * paper's ground truth (real social text), reported per tweet.
 *
 * <p>{@code tokenize} splits each tweet; {@code query} matches one query with OR, NOT, a phrase, a
 * wildcard and NEAR; {@code brands} tags each tweet with five brand queries (the text is tokenised once).
 *
 * <p>Run: {@code mvn -B -q -pl scrm-benchmarks -am package -DskipTests &&
 * java -jar scrm-benchmarks/target/benchmarks.jar ListeningBenchmark -f 1 -wi 2 -i 3}
 */
@State(Scope.Benchmark)
@Threads(1)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ListeningBenchmark {

    private static final int TWEETS = 4200;

    List<String> tweets;
    SocialTokenizer tokenizer;
    ListeningQuery query;
    BrandTagger tagger;
    List<dev.scrm.core.Interaction> interactions;

    @Setup(Level.Trial)
    public void setUp() {
        tweets = TweetCorpus.tweets();
        tokenizer = SocialTokenizer.ofDefaults();
        query = ListeningQuery.parse("(love OR hate* OR \"so happy\") NOT (lol OR #ff) OR (phone NEAR/3 broken)");
        tagger = BrandTagger.of(List.of(
                Brand.own("apple", "apple OR iphone OR ipad OR #apple"),
                Brand.competitor("google", "google OR android OR #google"),
                Brand.competitor("microsoft", "microsoft OR windows OR xbox"),
                Brand.competitor("sony", "sony OR playstation OR ps?"),
                Brand.competitor("twitter", "twitter OR tweet* NOT \"follow friday\"")));
        interactions = new java.util.ArrayList<>();
        int i = 0;
        for (String t : tweets) {
            interactions.add(dev.scrm.core.Interaction.builder(dev.scrm.core.InteractionId.of("x", "t" + i++))
                    .kind(dev.scrm.core.InteractionKind.MENTION)
                    .occurredAt(java.time.Instant.EPOCH)
                    .text(t)
                    .provenance(dev.scrm.core.Provenance.of("benchmark", java.time.Instant.EPOCH))
                    .build());
        }
    }

    @Benchmark
    @OperationsPerInvocation(TWEETS)
    public void tokenize(Blackhole bh) {
        for (String t : tweets) {
            bh.consume(tokenizer.tokenize(t));
        }
    }

    @Benchmark
    @OperationsPerInvocation(TWEETS)
    public void query(Blackhole bh) {
        for (String t : tweets) {
            bh.consume(query.matches(t));
        }
    }

    @Benchmark
    @OperationsPerInvocation(TWEETS)
    public void brands(Blackhole bh) {
        for (dev.scrm.core.Interaction in : interactions) {
            bh.consume(tagger.matching(in));
        }
    }
}
