package dev.scrm.benchmarks.audience;

import dev.scrm.audience.Audience;
import dev.scrm.audience.Segment;
import dev.scrm.core.Customer;
import dev.scrm.core.Interaction;
import java.time.Duration;
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
 * The audience engine at 1,000,000 customers (about 4.5 million interactions, seven segments, the default
 * advocacy ladder and influence model): the cost of applying one event, and of a full re-evaluation.
 *
 * <p>Run with
 * {@code mvn -B -q -pl scrm-benchmarks -am package -DskipTests && java -jar scrm-benchmarks/target/benchmarks.jar
 * AudienceBenchmark -f 1 -wi 2 -i 3}. {@code applyInteraction} and {@code applyProfileChange} run in
 * sample-time mode, so JMH prints the p50/p99/p99.9 of single updates; each update re-evaluates the touched
 * customer's stage, all seven segments and their influence score and updates the percentile tree.
 * {@code reevaluateEverything} re-evaluates every customer (ladder, seven segments, influence);
 * {@code defineSegment} evaluates one segment from scratch over everyone. The data is described in
 * {@link AudienceWorld}: heavy-tailed activity, and events drawn in proportion to activity, so busy customers
 * (with long histories) are updated most often, as in a live stream.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
public class AudienceBenchmark {

    /** The populated audience, shared by every benchmark of a trial. */
    @State(Scope.Benchmark)
    public static class World {
        /** Customers tracked. */
        @Param("1000000")
        public int customers;

        AudienceWorld world;
        Audience audience;
        int[] byActivity;
        Interaction[][] events;
        Customer[][] profiles;
        int cursor;
        int profileCursor;

        /** Generates the world and the ring of events replayed by the update benchmarks. */
        @Setup(Level.Trial)
        public void setUp() {
            world = new AudienceWorld(customers, 42);
            long start = System.nanoTime();
            audience = world.populate();
            byActivity = world.activityIndex();
            int ring = 1 << 17;
            events = new Interaction[2][ring];
            profiles = new Customer[2][ring];
            for (int i = 0; i < ring; i++) {
                int c = world.activeCustomer(byActivity);
                java.time.Instant t = AudienceWorld.NOW.minus(Duration.ofMinutes(i % 600));
                events[0][i] = world.interaction(c, t, 0);
                events[1][i] = events[0][i].toBuilder()
                        .engagement(events[0][i].engagement().with(dev.scrm.core.EngagementType.LIKES,
                                events[0][i].engagement().total() + 1)).build();
                int p = world.activeCustomer(byActivity);
                profiles[0][i] = world.customer(p, 1);
                profiles[1][i] = world.customer(p, 0);
            }
            System.err.printf("audience world: %d customers, %d interactions, built in %.1f s; segment sizes %s%n",
                    audience.customerCount(), world.interactions, (System.nanoTime() - start) / 1e9,
                    audience.segments().stream().map(s -> s.id() + "=" + audience.size(s.id())).toList());
        }
    }

    /**
     * Applies one interaction (new on the first pass through the ring, a fresher copy with other engagement
     * counts afterwards) and returns the audience's size so nothing is optimised away.
     *
     * @param w the world
     * @return the customer count
     */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public long applyInteraction(World w) {
        int i = w.cursor++;
        Interaction[] variant = w.events[(i >>> 17) & 1];
        w.audience.apply(variant[i & (variant.length - 1)]);
        return i;
    }

    /**
     * Applies one customer profile change (an attribute that a segment reads).
     *
     * @param w the world
     * @return the cursor
     */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public long applyProfileChange(World w) {
        int i = w.profileCursor++;
        Customer[] variant = w.profiles[(i >>> 17) & 1];
        w.audience.apply(variant[i & (variant.length - 1)]);
        return i;
    }

    /**
     * Re-evaluates every customer: ladder, seven segments and influence.
     *
     * @param w the world
     * @return the audience's size
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public long reevaluateEverything(World w) {
        w.audience.reevaluate();
        return w.audience.customerCount();
    }

    /**
     * Evaluates one segment from scratch over every customer (redefining it with its own criterion).
     *
     * @param w the world
     * @return the segment's size
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public long defineSegment(World w) {
        Segment s = AudienceWorld.SEGMENTS.get(1);
        w.audience.remove(s.id());
        w.audience.define(s);
        return w.audience.size(s.id());
    }
}
