package org.perftable.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the perftable command line in the test's JVM and keeps what its runs printed. */
final class CapturedRun {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Runs the command; what it prints is added to {@link #out()} and {@link #err()}. */
    int run(String... args) {
        CommandLine commandLine = new CommandLine(new PerftableCommand());
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }
}
