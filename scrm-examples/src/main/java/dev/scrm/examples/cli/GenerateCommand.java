package dev.scrm.examples.cli;

import dev.scrm.testkit.identity.SyntheticIdentities;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code scrm generate}: synthetic data sets with ground truth. */
@Command(name = "generate", mixinStandardHelpOptions = true, description = "Generate synthetic data with ground truth.",
        subcommands = GenerateCommand.Identities.class)
final class GenerateCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to generate, for example: identities");
    }

    /** {@code scrm generate identities}: synthetic social identities, one CSV row per account or CRM row. */
    @Command(name = "identities", mixinStandardHelpOptions = true,
            description = "Synthetic social identities with ground truth in the person_id column.")
    static final class Identities implements Callable<Integer> {

        @Option(names = "--persons", required = true, paramLabel = "N", description = "How many persons.")
        int persons;

        @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The CSV file to write.")
        Path out;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (persons < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--persons must be at least 1");
            }
            long t0 = System.nanoTime();
            try (Writer w = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
                SyntheticIdentities.of(persons, seed).writeCsv(w);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + out.getFileName(), e);
            }
            spec.commandLine().getErr().printf(Locale.ROOT, "wrote %,d persons to %s in %.1f s%n", persons,
                    out.getFileName(), (System.nanoTime() - t0) / 1e9);
            spec.commandLine().getErr().flush();
            return 0;
        }
    }
}
