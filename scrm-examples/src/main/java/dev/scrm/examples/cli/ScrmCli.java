package dev.scrm.examples.cli;

import dev.scrm.core.ScrmVersion;
import dev.scrm.core.ValidationException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code scrm} command-line tool: the root command and its exit-code contract.
 *
 * <p>Exit status 0 on success, 2 for bad usage or bad input (the message names file, line and field), 1 for
 * any other failure. Subcommands register in the {@code subcommands} list below.
 */
@Command(
        name = "scrm",
        mixinStandardHelpOptions = true,
        versionProvider = ScrmCli.Version.class,
        description = "Social CRM toolkit: listen, resolve identities, analyse sentiment, measure KPIs.",
        subcommands = {
            DemoCommand.class,
            SentimentCommand.class,
            ResolveCommand.class,
            GenerateCommand.class,
            ListenCommand.class,
            CommandLine.HelpCommand.class
        })
public final class ScrmCli implements Runnable {

    /** Exit status for bad usage or bad input. */
    public static final int EXIT_USAGE = 2;
    /** Exit status for any other failure. */
    public static final int EXIT_FAILURE = 1;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /**
     * Runs the tool.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(newCommandLine().execute(args));
    }

    /**
     * The configured command line, with the exit-code mapping; tests call {@code execute} on it.
     *
     * @return a new command line
     */
    public static CommandLine newCommandLine() {
        CommandLine cl = new CommandLine(new ScrmCli());
        cl.setExecutionExceptionHandler(ScrmCli::handleFailure);
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static int handleFailure(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
        PrintWriter err = cl.getErr();
        if (ex instanceof ValidationException) {
            err.println("scrm " + cl.getCommandName() + ": " + ex.getMessage());
            return EXIT_USAGE;
        }
        if (ex instanceof CommandLine.ParameterException pe) {
            err.println("scrm " + cl.getCommandName() + ": " + pe.getMessage());
            return EXIT_USAGE;
        }
        String msg = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        err.println("scrm " + cl.getCommandName() + ": failed: " + msg);
        return EXIT_FAILURE;
    }

    /** Reports the scrm version of the class path. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"scrm " + ScrmVersion.current(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
