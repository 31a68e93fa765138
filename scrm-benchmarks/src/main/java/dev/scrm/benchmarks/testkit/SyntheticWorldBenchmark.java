package dev.scrm.benchmarks.testkit;

import dev.scrm.testkit.world.SyntheticWorld;
import dev.scrm.testkit.world.WorldConfig;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long generating the synthetic world takes: the first step of {@code scrm demo} and of every test that
 * uses the simulators.
 *
 * <p>The data is the default world (persons with two to four accounts, about three posts and replies each
 * over 28 days, visits and search volumes), at the demo's size and a third of it. Run with
 * {@code java -jar scrm-benchmarks/target/benchmarks.jar SyntheticWorldBenchmark -f 1 -wi 2 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class SyntheticWorldBenchmark {

    /** Persons in the world. */
    @Param({"1000", "3000"})
    public int persons;

    /**
     * Generates one world.
     *
     * @return the world, so that the work is not optimised away
     */
    @Benchmark
    public SyntheticWorld generate() {
        return SyntheticWorld.generate(WorldConfig.ofDefaults().withPersons(persons));
    }
}
