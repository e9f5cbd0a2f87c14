package org.perftable.cli.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.perftable.cli.PerftableCommand;
import org.perftable.filing.FilingJson;
import picocli.CommandLine;

/** One perftable run in the test's JVM: its exit status, what it printed, and its report by file. */
record Run(int exitCode, String out, String err, Map<String, JsonNode> report, JsonNode summary) {

    /** Runs {@code perftable ARGS} with {@code --report REPORT} added. */
    static Run of(Path report, String... args) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(new PerftableCommand());
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--report", report.toString()));
        int exitCode = commandLine.execute(all.toArray(String[]::new));
        return read(exitCode, out.toString(), err.toString(), report);
    }

    /**
     * Runs {@code perftable ARGS} with {@code --report REPORT} added in a process of its own, started
     * through {@code launcher} (a command that runs the rest of its command line, such as {@code setpriv}).
     */
    static Run inChild(List<String> launcher, Path report, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(launcher);
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PerftableCommand.class.getName()));
        command.addAll(List.of(args));
        command.addAll(List.of("--report", report.toString()));
        Path out = report.resolveSibling(report.getFileName() + ".stdout");
        Path err = report.resolveSibling(report.getFileName() + ".stderr");
        int exitCode = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start().waitFor();
        return read(exitCode, Files.readString(out), Files.readString(err), report);
    }

    private static Run read(int exitCode, String out, String err, Path report) throws IOException {
        Map<String, JsonNode> lines = new LinkedHashMap<>();
        JsonNode summary = null;
        boolean reported = exitCode == 0 || exitCode == 1 || exitCode == 130 || exitCode == 143;
        if (reported && Files.exists(report)) {
            for (String line : Files.readAllLines(report)) {
                JsonNode node = FilingJson.mapper().readTree(line);
                if (node.has("summary")) {
                    summary = node.get("summary");
                } else {
                    lines.put(node.get("file").asText(), node);
                }
            }
        }
        return new Run(exitCode, out, err, lines, summary);
    }

    /** A file's outcome: its error code when it failed (or was passed over), else its status. */
    String outcome(String file) {
        JsonNode line = report.get(file);
        if (line == null) {
            throw new AssertionError("no report line for " + file + " in " + report.keySet());
        }
        return line.get("error").isNull() ? line.get("status").asText() : line.at("/error/code").asText();
    }

    String message(String file) {
        return report.get(file).at("/error/message").asText();
    }

    Map<String, String> outcomes() {
        Map<String, String> outcomes = new LinkedHashMap<>();
        report.keySet().forEach(file -> outcomes.put(file, outcome(file)));
        return outcomes;
    }
}
