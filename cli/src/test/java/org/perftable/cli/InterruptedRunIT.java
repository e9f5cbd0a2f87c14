package org.perftable.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perftable.filing.FilingJson;

/**
 * The packaged jar, killed part-way through a batch and run again, ends with exactly the output
 * directory and JSON Lines file of a run never interrupted: whole files only, no temporary files,
 * and the second run converts only what the first did not finish.
 */
class InterruptedRunIT {

    private static final Path SAMPLES = Path.of("..", "samples").toAbsolutePath().normalize();
    private static final Path JAR = Path.of("target", "perftable.jar").toAbsolutePath();
    private static final int COPIES = 20;

    @TempDir
    Path dir;

    @Test
    void aKilledRunIsFinishedByTheNextOne() throws IOException, InterruptedException {
        Path in = dir.resolve("in");
        List<Path> samples;
        try (Stream<Path> files = Stream.concat(Files.list(SAMPLES.resolve("seeds")), Files.list(SAMPLES.resolve("office")))) {
            samples = files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".xlsx")).sorted().toList();
        }
        for (int copy = 0; copy < COPIES; copy++) {
            Path copies = Files.createDirectories(in.resolve(String.format("%03d", copy)));
            for (Path sample : samples) {
                Files.copy(sample, copies.resolve(sample.getFileName()));
            }
        }
        int inputs = COPIES * samples.size();
        assertEquals(200, inputs);

        Path killed = dir.resolve("killed");
        Process first = start(in, killed, "killed");
        while (first.isAlive() && outputCount(killed) < 10) {
            Thread.sleep(20);
        }
        assertTrue(first.isAlive(), "the run ended before it could be killed");
        first.destroyForcibly().waitFor();
        int done = outputCount(killed);
        assertTrue(done < inputs, "the run was not cut short");

        assertEquals(0, start(in, killed, "killed").waitFor());
        JsonNode summary = summary(dir.resolve("killed-report.jsonl"));
        assertEquals(inputs, summary.get("files").asInt());
        assertTrue(summary.get("skipped").asInt() >= done, summary.toString());
        assertEquals(inputs, summary.get("skipped").asInt() + summary.get("ok").asInt(), summary.toString());
        for (String line : Files.readAllLines(dir.resolve("killed-stderr.txt"))) {
            assertTrue(line.startsWith("perftable: "), line);
        }

        Path clean = dir.resolve("clean");
        assertEquals(0, start(in, clean, "clean").waitFor());
        Map<String, String> expected = OutputFiles.under(clean);
        assertEquals(inputs + 2, expected.size()); // the outputs, the state file and the lock file
        assertEquals(expected, OutputFiles.under(killed));
        assertEquals(Files.readString(dir.resolve("clean.jsonl")), Files.readString(dir.resolve("killed.jsonl")));
        try (Stream<Path> files = Files.walk(dir)) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".perftable-tmp")).toList());
        }
    }

    /** Starts the jar over {@code in}, writing {@code out}, {@code <name>.jsonl} and {@code <name>-report.jsonl}. */
    private Process start(Path in, Path out, String name) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString(), "extract",
                in.toString(), "-o", out.toString(), "-j", "2", "--jsonl", dir.resolve(name + ".jsonl").toString(),
                "--report", dir.resolve(name + "-report.jsonl").toString()));
        return new ProcessBuilder(command).redirectError(dir.resolve(name + "-stderr.txt").toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** The outputs written so far, while a run may still be writing (0 when a file vanished mid-count). */
    private static int outputCount(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt.json")
                    || p.getFileName().toString().endsWith(".xlsx.json")).mapToInt(p -> 1).sum();
        } catch (UncheckedIOException e) {
            return 0; // a temporary file renamed while the walk read it: count again
        }
    }

    private static JsonNode summary(Path report) throws IOException {
        List<String> lines = Files.readAllLines(report);
        return FilingJson.mapper().readTree(lines.get(lines.size() - 1)).get("summary");
    }
}
