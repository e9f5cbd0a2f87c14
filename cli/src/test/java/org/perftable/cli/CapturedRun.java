package org.perftable.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the perftable command line in the test's JVM, keeping what it printed on stdout and stderr. */
final class CapturedRun {

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final int exitCode;

    private CapturedRun(String... args) {
        CommandLine commandLine = new CommandLine(new PerftableCommand());
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        exitCode = commandLine.execute(args);
    }

    static CapturedRun of(String... args) {
        return new CapturedRun(args);
    }
}
