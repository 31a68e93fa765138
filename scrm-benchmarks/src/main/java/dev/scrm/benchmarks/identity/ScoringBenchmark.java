package dev.scrm.benchmarks.identity;

import dev.scrm.identity.IdentityResolver;
import dev.scrm.identity.IdentitySchema;
import dev.scrm.identity.LinkPolicy;
import dev.scrm.identity.Resolution;
import dev.scrm.identity.ResolverConfig;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Scoring throughput on one thread: compare every field of a candidate pair at its match levels (exact, Jaro-Winkler
 * bands, edit distance, phonetic codes, handle skeletons and name aliases, profile links) and add up the
 * Fellegi-Sunter weights with term-frequency adjustments. One operation is one candidate pair; the score is
 * ops/s per core.
 *
 * <p>The pairs are the real candidates that blocking produces on synthetic social identities from
 * {@code scrm-testkit}: Zipf-skewed names shared by many persons, handle variants ({@code john_smith},
 * {@code jsmith84}), styled and non-Latin display names, e-mail aliases and phones in many formats, so most pairs
 * disagree somewhere and take the slow, fuzzy comparison paths rather than an exact-match shortcut.
 *
 * <p>Run: {@code java -jar scrm-benchmarks/target/benchmarks.jar ScoringBenchmark -f 1 -wi 2 -i 3}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Threads(1)
public class ScoringBenchmark {

    /** How many synthetic persons to generate (about 2.9 records each). */
    @Param("20000")
    public int persons;

    private Resolution resolution;
    private int candidates;

    /** Generates, blocks and trains once. */
    @Setup(Level.Trial)
    public void setUp() {
        resolution = IdentityResolver.create(IdentitySchema.social(), ResolverConfig.builder().defaultRegion("US")
                .linkPolicy(LinkPolicy.permissive()).build()).resolve(IdentityData.records(persons, 1));
        candidates = Math.min(resolution.candidateCount(), BATCH);
    }

    static final int BATCH = 100_000;

    /**
     * Scores a batch of candidate pairs.
     *
     * @param bh the sink
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void scorePairs(Blackhole bh) {
        int n = candidates;
        for (int k = 0; k < BATCH; k++) {
            bh.consume(resolution.rescore(k % n));
        }
    }
}
