package dev.scrm.benchmarks.engage;

import dev.scrm.core.Interaction;
import dev.scrm.engage.Agent;
import dev.scrm.engage.BusinessCalendar;
import dev.scrm.engage.CustomerSignals;
import dev.scrm.engage.Intent;
import dev.scrm.engage.Priority;
import dev.scrm.engage.RoutingPolicy;
import dev.scrm.engage.RoutingRule;
import dev.scrm.engage.RuleBasedTriageClassifier;
import dev.scrm.engage.ServiceDesk;
import dev.scrm.engage.SlaPolicy;
import dev.scrm.engage.SlaTarget;
import dev.scrm.engage.TeamId;
import dev.scrm.engage.TriageInput;
import dev.scrm.store.ScrmStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of the service desk's inbound path on one thread (one core): triage alone, and the whole
 * {@link ServiceDesk#ingest} (store append with audit, threading, triage with the shipped default rules,
 * grouping per customer, case opening, SLA clock set-up on a business calendar, routing to 60 agents in three
 * teams with least-loaded or round-robin selection, audit events and event emission). The target is 50,000
 * interactions per second.
 *
 * <p>Data: {@link InboundTraffic}, 50,000 seeded messages with Zipf-skewed authors and care-inbox texts (see
 * its javadoc for why it is realistic). {@code ingest} replays the whole batch into a fresh in-memory store
 * and desk per invocation, so scores are interactions per second; {@code triage} classifies the same batch.
 * {@link Cpu} prints the same work per CPU second after each iteration, which is what "on one core" means when
 * the machine is shared.
 *
 * <p>Run: {@code mvn -B -q -pl scrm-benchmarks -am package -DskipTests && java -jar
 * scrm-benchmarks/target/benchmarks.jar TriageRoutingBenchmark -f 1 -wi 2 -i 3}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Threads(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class TriageRoutingBenchmark {

    static final int BATCH = 50_000;

    private List<Interaction> traffic;
    private RuleBasedTriageClassifier classifier;

    @Setup(Level.Trial)
    public void data() {
        traffic = InboundTraffic.generate(BATCH, 42);
        classifier = RuleBasedTriageClassifier.ofDefaults();
    }

    /** A fresh desk and store for each replay of the batch. */
    @State(Scope.Thread)
    public static class DeskState {

        @Param({"LEAST_LOADED", "ROUND_ROBIN"})
        public RoutingPolicy.Strategy strategy;

        ServiceDesk desk;

        @Setup(Level.Invocation)
        public void freshDesk() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
        SlaPolicy sla = SlaPolicy.builder(BusinessCalendar.builder(ZoneId.of("Europe/Berlin"))
                        .weekdays(LocalTime.of(8, 0), LocalTime.of(20, 0)).build())
                .target(SlaTarget.of(null, Duration.ofHours(2), Duration.ofHours(4), Duration.ofDays(1)))
                .target(SlaTarget.of(Priority.HIGH, Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(8)))
                .target(SlaTarget.of(Priority.URGENT, Duration.ofMinutes(15), Duration.ofMinutes(30),
                        Duration.ofHours(4)).withCalendar(BusinessCalendar.always(ZoneId.of("Europe/Berlin"))))
                .build();
        ServiceDesk.Builder b = ServiceDesk.builder(ScrmStore.inMemory(clock)).clock(clock).sla(sla)
                .classifier(RuleBasedTriageClassifier.ofDefaults())
                .routing(new RoutingPolicy(strategy, List.of(
                        RoutingRule.intents(TeamId.of("complaints"), Intent.COMPLAINT),
                        RoutingRule.intents(TeamId.of("sales"), Intent.SALES_LEAD)), TeamId.of("care")));
        for (int i = 0; i < 60; i++) {
            String team = i < 30 ? "care" : i < 50 ? "complaints" : "sales";
            b.agent(Agent.of("agent-" + i, team, 25));
        }
        desk = b.build();
        }
    }

    /**
     * CPU time spent, printed after each iteration as operations per CPU second: per thread CPU second counts
     * only the benchmark thread's CPU time (the work itself), per process CPU second the whole JVM's (adding
     * garbage collection, the JIT compiler and JMH). On a shared machine these are steadier than wall-clock
     * scores, which also count the time other processes held the core.
     */
    @State(Scope.Thread)
    public static class Cpu {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private static final com.sun.management.OperatingSystemMXBean OS =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

        private long threadNanos;
        private long processNanos;
        private long ops;
        private long threadStart;
        private long processStart;

        @Setup(Level.Iteration)
        public void reset() {
            threadNanos = 0;
            processNanos = 0;
            ops = 0;
        }

        void start() {
            threadStart = THREADS.getCurrentThreadCpuTime();
            processStart = OS.getProcessCpuTime();
        }

        void stop(int n) {
            threadNanos += THREADS.getCurrentThreadCpuTime() - threadStart;
            processNanos += OS.getProcessCpuTime() - processStart;
            ops += n;
        }

        @TearDown(Level.Iteration)
        public void report() {
            System.out.printf("%n  cpu: %,.0f ops per thread CPU second, %,.0f ops per process CPU second (%,d ops)%n",
                    ops * 1e9 / Math.max(1, threadNanos), ops * 1e9 / Math.max(1, processNanos), ops);
        }
    }

    /** The classifier alone over the batch; scores are messages per second. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void triage(Cpu cpu, Blackhole bh) {
        cpu.start();
        for (Interaction in : traffic) {
            bh.consume(classifier.classify(new TriageInput(in, CustomerSignals.NONE)));
        }
        cpu.stop(BATCH);
    }

    /** The desk's whole inbound path over the batch; scores are interactions per second. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void ingest(DeskState state, Cpu cpu, Blackhole bh) {
        cpu.start();
        for (Interaction in : traffic) {
            bh.consume(state.desk.ingest(in));
        }
        cpu.stop(BATCH);
    }
}
