package org.walkstudy.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Supplier;

import org.walkstudy.cli.command.ChartCommand;
import org.walkstudy.cli.command.ClaimsCommand;
import org.walkstudy.cli.command.DatasetsCommand;
import org.walkstudy.cli.command.MetaCommand;
import org.walkstudy.cli.command.CompareCommand;
import org.walkstudy.cli.command.ImportCommand;
import org.walkstudy.cli.command.ReportCommand;
import org.walkstudy.cli.command.StudiesCommand;
import org.walkstudy.cli.command.SummaryCommand;
import org.walkstudy.cli.command.WarmUpCommand;
import org.walkstudy.cli.format.SafeText;
import org.walkstudy.core.input.InputException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level {@code walkstudy} command; subcommands live in their own classes. */
@Command(name = "walkstudy",
        mixinStandardHelpOptions = true,
        versionProvider = WalkstudyCommand.Version.class,
        description = "Check published walking research, and your own walks, against the numbers.")
public final class WalkstudyCommand implements Runnable {
    /**
     * The subcommands in help order. They are registered here rather than in the annotation so that a run of
     * one subcommand builds only that subcommand's model: picocli's reflection over all of them costs about
     * a fifth of a short run's start-up.
     */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("summary", SummaryCommand::new);
        m.put("studies", StudiesCommand::new);
        m.put("claims", ClaimsCommand::new);
        m.put("datasets", DatasetsCommand::new);
        m.put("meta", MetaCommand::new);
        m.put("chart", ChartCommand::new);
        m.put("import", ImportCommand::new);
        m.put("compare", CompareCommand::new);
        m.put("report", ReportCommand::new);
        m.put("warm-up", WarmUpCommand::new);
        m.put("help", CommandLine.HelpCommand::new);
        return m;
    }

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show the stack trace of a failure.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
    }

    /** Builds the full command line with walkstudy's error handling; tests use this with their own writers. */
    public static CommandLine commandLine() {
        return commandLine(SUBCOMMANDS.keySet());
    }

    /**
     * The command line for these arguments: when the first argument names a subcommand, only that one is
     * registered (its help and errors are unchanged); otherwise all of them, for help and usage errors.
     */
    public static CommandLine commandLineFor(String... args) {
        if (args.length > 0 && SUBCOMMANDS.containsKey(args[0]) && !args[0].equals("help")) {
            return commandLine(Set.of(args[0]));
        }
        return commandLine(SUBCOMMANDS.keySet());
    }

    private static CommandLine commandLine(Set<String> names) {
        CommandLine cl = new CommandLine(new WalkstudyCommand());
        SUBCOMMANDS.forEach((name, factory) -> {
            if (names.contains(name)) {
                cl.addSubcommand(name, factory.get());
            }
        });
        cl.setExecutionExceptionHandler(WalkstudyCommand::handleFailure);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    /** Runs walkstudy and returns the exit status (0 ok, 1 failure, 2 usage). */
    public static int execute(String... args) {
        CommandLine cl = commandLineFor(args);
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            // An Error, which picocli passes on: still one line, no trace (readers check sizes first; this is the backstop).
            cl.getErr().println("walkstudy: out of memory (heap " + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MB): the input is too large for this heap; give Java more memory, e.g. WALKSTUDY_JAVA_OPTS=-Xmx2g");
            cl.getErr().flush();
            return CommandLine.ExitCode.SOFTWARE;
        }
    }

    private static int handleFailure(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        boolean debug = parsed.matchedOption("--debug") != null
                || parsed.asCommandLineList().stream().anyMatch(c -> c.getParseResult().hasMatchedOption("--debug"));
        err.println("walkstudy: " + SafeText.line(describe(e))); // messages quote input: no escapes reach the terminal
        if (debug) {
            e.printStackTrace(err);
        } else if (!(e instanceof InputException) && !(e instanceof IllegalArgumentException)) {
            err.println("(run again with --debug for details)");
        }
        err.flush();
        return CommandLine.ExitCode.SOFTWARE;
    }

    private static String describe(Exception e) {
        if (e instanceof UncheckedIOException u && u.getCause() != null) {
            return u.getCause().getMessage();
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** Reads the version Maven wrote into the jar. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            Properties p = new Properties();
            try (InputStream in = WalkstudyCommand.class.getResourceAsStream("/org/walkstudy/cli/version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new String[] {"walkstudy " + p.getProperty("version", "unknown"),
                    "Java " + System.getProperty("java.version")};
        }
    }
}
