package dev.scrm.benchmarks.identity;

import dev.scrm.identity.IdentityRecord;
import dev.scrm.identity.IdentityResolver;
import dev.scrm.identity.IdentitySchema;
import dev.scrm.identity.IncrementalResolver;
import dev.scrm.identity.LinkPolicy;
import dev.scrm.identity.RecordRef;
import dev.scrm.identity.Resolution;
import dev.scrm.identity.ResolveOutcome;
import dev.scrm.identity.ResolverConfig;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Latency of resolving one new identity against an index of existing ones: normalise it, look up its blocking keys,
 * apply the rules, score the candidates and update customers (join, create or merge). Sample mode reports the
 * percentiles; read p0.99.
 *
 * <p>The index holds the synthetic social identities of {@code persons} persons from {@code scrm-testkit} (about
 * 2.9 identities each, Zipf-skewed names, handle variants, shared household phones); the new identities are those
 * of further persons from the same generator run, so each is scored against an index full of look-alikes (same
 * names, similar handles) and later accounts of a new person join the customer its first account created. Each
 * invocation adds one identity; the index grows by the number of invocations (a small fraction of its size).
 *
 * <p>Run: {@code java -jar scrm-benchmarks/target/benchmarks.jar IncrementalBenchmark -f 1 -wi 2 -i 3
 * -p persons=350000} (350,000 persons give about 1,000,000 indexed identities; the fork runs with a 4 GB heap, which
 * holds the batch resolution, the key index and the customers). Setting up the 1,000,000-identity index takes a
 * batch resolution of that size first (about a minute on two cores).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class IncrementalBenchmark {

    /** Persons in the index (about 2.9 identities each). */
    @Param("35000")
    public int persons;

    private IncrementalResolver resolver;
    private List<IdentityRecord> arrivals;
    private int next;

    /** Builds the index from a batch resolution. */
    @Setup(Level.Trial)
    public void setUp() {
        List<IdentityRecord> all = IdentityData.records(persons + persons / 10, 7);
        int cut = (int) (all.size() * (persons / (double) (persons + persons / 10)));
        Resolution batch = IdentityResolver.create(IdentitySchema.social(), ResolverConfig.builder()
                .defaultRegion("US").linkPolicy(LinkPolicy.permissive()).build()).resolve(all.subList(0, cut));
        resolver = IncrementalResolver.builder(batch).clock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).build();
        // a copy, so that the indexed records' raw values are not kept alive through a sub-list of all
        arrivals = List.copyOf(all.subList(cut, all.size()));
    }

    /**
     * Resolves the next new identity.
     *
     * @return the outcome
     */
    @Benchmark
    public ResolveOutcome addOne() {
        IdentityRecord r = arrivals.get(next % arrivals.size());
        if (next >= arrivals.size()) {
            r = IdentityRecord.of(RecordRef.of("again" + (next / arrivals.size()), r.ref().id()), r.values());
        }
        next++;
        return resolver.add(r);
    }
}
