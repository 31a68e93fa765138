package dev.scrm.benchmarks.audience;

import dev.scrm.audience.Audience;
import dev.scrm.audience.Segment;
import dev.scrm.core.Interaction;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Arrays;

/**
 * A companion to {@link AudienceBenchmark} for shared or oversubscribed machines: it measures the same
 * operations on the same data but reports the evaluating thread's CPU time beside the wall-clock time, so the
 * cost of the work can be told apart from time spent waiting for a core.
 *
 * <p>Run with {@code java -Xmx6g -cp scrm-benchmarks/target/benchmarks.jar
 * dev.scrm.benchmarks.audience.AudienceProbe [customers] [events]} (defaults 1,000,000 and 200,000).
 */
public final class AudienceProbe {

    private AudienceProbe() {
    }

    /**
     * Runs the probe.
     *
     * @param args customers and per-event samples
     */
    public static void main(String[] args) {
        int customers = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int samples = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        AudienceWorld world = new AudienceWorld(customers, 42);
        long t0 = System.nanoTime();
        Audience audience = world.populate();
        System.out.printf("world: %d customers, %d interactions, built in %.1f s%n", audience.customerCount(),
                world.interactions, (System.nanoTime() - t0) / 1e9);
        int[] byActivity = world.activityIndex();

        for (int round = 0; round < 4; round++) {
            long wall = System.nanoTime();
            long cpu = mx.getCurrentThreadCpuTime();
            audience.reevaluate();
            System.out.printf("reevaluate everything: wall %.0f ms, cpu %.0f ms%n", (System.nanoTime() - wall) / 1e6,
                    (mx.getCurrentThreadCpuTime() - cpu) / 1e6);
        }
        for (int round = 0; round < 4; round++) {
            Segment s = AudienceWorld.SEGMENTS.get(round % AudienceWorld.SEGMENTS.size());
            long wall = System.nanoTime();
            long cpu = mx.getCurrentThreadCpuTime();
            audience.remove(s.id());
            audience.define(s);
            System.out.printf("segment %s from scratch: wall %.0f ms, cpu %.0f ms%n", s.id(),
                    (System.nanoTime() - wall) / 1e6, (mx.getCurrentThreadCpuTime() - cpu) / 1e6);
        }
        Interaction[] events = new Interaction[samples];
        for (int i = 0; i < samples; i++) {
            int c = world.activeCustomer(byActivity);
            events[i] = world.interaction(c, AudienceWorld.NOW.minus(Duration.ofMinutes(i % 600)), 0);
        }
        long[] wallNs = new long[samples];
        long[] cpuNs = new long[samples];
        for (int i = 0; i < samples; i++) {
            long w = System.nanoTime();
            long c = mx.getCurrentThreadCpuTime();
            audience.apply(events[i]);
            cpuNs[i] = mx.getCurrentThreadCpuTime() - c;
            wallNs[i] = System.nanoTime() - w;
        }
        report("per-event update, wall", wallNs);
        report("per-event update, cpu", cpuNs);
    }

    private static void report(String what, long[] ns) {
        // the first half warms the JIT up; percentiles come from the second half
        long[] s = Arrays.copyOfRange(ns, ns.length / 2, ns.length);
        Arrays.sort(s);
        System.out.printf("%s (n=%d after %d warm-up events): p50 %.1f us, p99 %.1f us, p99.9 %.1f us, max %.1f us%n",
                what, s.length, ns.length / 2, q(s, 0.5), q(s, 0.99), q(s, 0.999), s[s.length - 1] / 1e3);
    }

    private static double q(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e3;
    }
}
