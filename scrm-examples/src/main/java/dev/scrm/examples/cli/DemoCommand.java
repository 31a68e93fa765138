package dev.scrm.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code scrm demo}: the whole social CRM loop offline, on simulated platforms served over loopback.
 *
 * <p>The end-to-end loop lands stage by stage; until then the command prints the plan it will carry out.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the end-to-end Social CRM demo offline and write an HTML report.")
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "scrm-demo",
            description = "Folder for report.html and the demo's data (default: ${DEFAULT-VALUE}).")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        o.println("scrm demo: the end-to-end loop will");
        o.println("  1. start simulated Mastodon, Bluesky, Reddit and X servers on loopback,");
        o.println("  2. pull mentions, replies and profiles through the real connectors,");
        o.println("  3. resolve social identities into customers,");
        o.println("  4. analyse sentiment and tag brand mentions with listening queries,");
        o.println("  5. compute awareness, sales and share-of-voice KPIs,");
        o.println("  6. write " + out.resolve("report.html") + ".");
        o.println("This build has the domain model and store; the stages land in the next releases.");
        o.flush();
        return 0;
    }
}
