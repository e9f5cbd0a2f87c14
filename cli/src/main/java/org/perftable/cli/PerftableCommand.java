package org.perftable.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code perftable} command: subcommands for turning filed forms into canonical JSON. */
@Command(name = "perftable",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Turns filed budget performance-target forms (预算绩效目标表) into canonical JSON.",
        subcommands = {ExtractCommand.class, CheckCommand.class, InspectCommand.class, LoadCommand.class, ExportCommand.class,
                CommandLine.HelpCommand.class})
public final class PerftableCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try 'perftable extract FILE'");
    }

    public static void main(String[] args) {
        quietLibraryLogging();
        System.exit(run(TypedArguments.of(args)));
    }

    /**
     * POI logs through Log4j API, which complains on stderr when no logging backend is present. The
     * command reports every problem itself, so library logging gets the API's own no-frills context.
     */
    static void quietLibraryLogging() {
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
    }

    /**
     * Runs the command line and returns its exit code (2 for usage errors). Output and messages are
     * UTF-8 whatever the locale: a cron job or a container without {@code LANG} would otherwise get
     * every Chinese character as {@code ?}. Paths are taken as {@link FileNames#of} makes them, so a
     * name the locale's charset cannot carry still names its file.
     */
    public static int run(String... args) {
        CommandLine commandLine = new CommandLine(new PerftableCommand());
        commandLine.registerConverter(Path.class, FileNames::of);
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        return commandLine.execute(args);
    }
}
