package dev.scrm.examples.cli;

import dev.scrm.core.ValidationException;
import dev.scrm.examples.demo.DemoResult;
import dev.scrm.examples.demo.DemoRunner;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code scrm demo}: the whole social CRM loop offline, on simulated platforms served over loopback. Prints
 * progress on standard error and a short summary on standard output; see {@link DemoRunner}.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the end-to-end Social CRM demo offline and write an HTML report.")
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "scrm-demo",
            description = "Folder for report.html (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--persons", paramLabel = "N", defaultValue = "3000",
            description = "Persons in the synthetic world (default: ${DEFAULT-VALUE}).")
    int persons;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "20261125",
            description = "Seed of the synthetic world and of the injected faults (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--fault-rate", paramLabel = "P", defaultValue = "0.02",
            description = "Share of simulator reads answered with a transient fault (default: ${DEFAULT-VALUE}).")
    double faultRate;

    @Option(names = "--live", paramLabel = "PLATFORM",
            description = "Read this platform from a real server instead of its simulator; only mastodon.")
    String live;

    @Option(names = "--hashtag", paramLabel = "T",
            description = "With --live: the hashtag whose public timeline is read (at most 400 posts).")
    String hashtag;

    @Option(names = "--base-url", paramLabel = "URL", defaultValue = "https://mastodon.social",
            description = "With --live: the server (default: ${DEFAULT-VALUE}).")
    String baseUrl;

    @Option(names = "--no-history", negatable = false,
            description = "Keep nothing between runs (default: customers, identities, interactions and the audit"
                    + " log are kept in DIR/" + DemoRunner.DATABASE_FOLDER + ").")
    boolean noHistory;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DemoRunner runner;
        try {
            DemoRunner.Builder b = DemoRunner.builder().persons(persons).seed(seed).faultRate(faultRate).out(out)
                    .history(!noHistory).progress(m -> {
                        err.println("demo: " + m);
                        err.flush();
                    });
            if (live != null) {
                if (!live.strip().equalsIgnoreCase("mastodon")) {
                    throw ValidationException.ofField("--live", "only mastodon can be read live");
                }
                if (hashtag == null) {
                    throw ValidationException.ofField("--hashtag", "is required with --live");
                }
                b.liveMastodon(ListenCommand.parseBase(baseUrl), hashtag);
            } else if (hashtag != null) {
                throw ValidationException.ofField("--hashtag", "needs --live mastodon");
            }
            runner = b.build();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        DemoResult r = runner.run();
        o.println("scrm demo: " + r.persons() + " persons, " + r.interactionsPulled() + " interactions and "
                + r.identitiesPulled() + " accounts pulled in " + r.requests() + " requests (" + r.faults()
                + " faults retried)");
        o.println("  customers: " + r.customers() + " (" + r.linkedClusters().size() + " across platforms)");
        if (r.run() > 0) {
            o.println("  history: run " + r.run() + ", " + r.earlierInteractions() + " interactions from earlier runs, "
                    + r.newInteractions() + " new");
        }
        StringBuilder sov = new StringBuilder("  share of voice:");
        r.shareOfVoice().forEach((b, v) -> sov.append(' ').append(b).append(' ')
                .append(String.format(Locale.ROOT, "%.1f%%", v)));
        o.println(sov);
        o.println("  spikes: " + r.spikes());
        o.println("  report: " + r.report().toAbsolutePath());
        o.println(String.format(Locale.ROOT, "  elapsed: %.1f s", r.elapsed().toMillis() / 1000.0));
        o.flush();
        return 0;
    }
}
