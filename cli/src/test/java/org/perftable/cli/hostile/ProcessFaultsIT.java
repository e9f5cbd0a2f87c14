package org.perftable.cli.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perftable.filing.FilingJson;

/**
 * The packaged jar as a nightly job meets it: stopped by SIGTERM or SIGINT part-way, run twice on one
 * output directory, run without a UTF-8 locale.
 */
class ProcessFaultsIT {

    private static final Path SAMPLES = CascadeTest.SAMPLES;
    private static final Path JAR = Path.of("target", "perftable.jar").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void aSignalEndsTheRunInOrder() throws IOException, InterruptedException {
        Path in = archive(30);
        for (String signal : List.of("TERM", "INT")) {
            Path out = dir.resolve("out-" + signal);
            Path report = dir.resolve(signal + "-report.jsonl");
            Files.writeString(report, "the last run's report\n");
            Process run = start(in, out, report, dir.resolve(signal + "-stderr.txt"), "--jsonl",
                    dir.resolve(signal + ".jsonl").toString());
            if (signal.equals("INT") && ignoresInterrupts(run)) {
                run.destroyForcibly().waitFor(); // started from a background job, where SIGINT is ignored: not testable
                continue;
            }
            while (run.isAlive() && outputs(out) < 5) {
                Thread.sleep(20);
            }
            assertTrue(run.isAlive(), "the run ended before it could be stopped");
            new ProcessBuilder("kill", "-" + signal, String.valueOf(run.pid())).start().waitFor();
            assertEquals(signal.equals("INT") ? 130 : 143, run.waitFor());

            List<String> lines = Files.readAllLines(report);
            JsonNode summary = FilingJson.mapper().readTree(lines.get(lines.size() - 1)).get("summary");
            assertEquals("SIG" + signal, summary.get("interrupted").asText());
            assertEquals(150, summary.get("files").asInt());
            assertEquals(150, lines.size() - 1, "a line for every input");
            int done = summary.get("ok").asInt() + summary.get("skipped").asInt();
            assertTrue(done >= 5 && done < 150, summary.toString());
            assertEquals(150 - done, summary.get("failed").asInt());
            assertTrue(lines.stream().filter(line -> line.contains("\"code\":\"interrupted\"")).count() == 150 - done);
            List<String> stderr = Files.readAllLines(dir.resolve(signal + "-stderr.txt"));
            assertEquals(1, stderr.size(), "one line: " + stderr);
            assertTrue(stderr.get(0).startsWith("perftable: stopped by SIG" + signal + " with " + done
                    + " of 150 files done; the report " + report + " names the rest"), stderr.toString());
            assertFalse(Files.exists(dir.resolve(signal + ".jsonl")), "no JSON Lines file of half a run");
            assertEquals(List.of(), temporaryFiles(), "no temporary file left");
            assertEquals(List.of(), ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList());
        }
    }

    @Test
    void aSecondRunOnOneOutputDirectoryWaitsOrExits() throws IOException, InterruptedException {
        Path in = archive(30);
        Path out = dir.resolve("out");
        Process first = start(in, out, dir.resolve("first.jsonl"), dir.resolve("first-stderr.txt"));
        while (first.isAlive() && outputs(out) < 1) {
            Thread.sleep(20);
        }
        assertTrue(first.isAlive(), "the first run ended too soon");
        Process second = start(in, out, dir.resolve("second.jsonl"), dir.resolve("second-stderr.txt"));
        assertEquals(4, second.waitFor());
        assertEquals(List.of("perftable: another run is writing to " + out
                + ": run again when it has ended, or pass --wait-lock to wait for it"),
                Files.readAllLines(dir.resolve("second-stderr.txt")));
        Process third = start(in, out, dir.resolve("third.jsonl"), dir.resolve("third-stderr.txt"), "--wait-lock");
        assertEquals(0, first.waitFor());
        assertEquals(0, third.waitFor());
        List<String> lines = Files.readAllLines(dir.resolve("third.jsonl"));
        JsonNode summary = FilingJson.mapper().readTree(lines.get(lines.size() - 1)).get("summary");
        assertEquals(150, summary.get("skipped").asInt(), "the waiting run found the first one's outputs");
        assertEquals(List.of(), temporaryFiles());
    }

    /**
     * Cron, systemd and containers without {@code LANG} start perftable under the C locale, whose
     * charset is ASCII: what it writes and which files it finds must not depend on it. Chinese names,
     * typed and found in a tree, and a GBK name, give the same bytes on stdout, in every output, the
     * report and the JSON Lines file as under a UTF-8 locale.
     */
    @Test
    void theCLocaleGivesTheBytesOfAUtf8Locale() throws IOException, InterruptedException {
        Path in = Files.createDirectories(dir.resolve("输入"));
        Files.copy(SAMPLES.resolve("seeds/000.txt"), in.resolve("部门.txt"));
        Files.copy(SAMPLES.resolve("office/002.xlsx"), Files.createDirectories(in.resolve("项目")).resolve("二.xlsx"));
        Files.copy(SAMPLES.resolve("seeds/001.txt"), Path.of(URI.create(in.toUri() + "%B2%BF.txt"))); // 部 in GBK
        Files.copy(SAMPLES.resolve("seeds/003.txt"), in.resolve("plain.txt"));
        Map<String, Map<String, String>> runs = new LinkedHashMap<>();
        for (String locale : List.of("C.UTF-8", "C")) {
            Map<String, String> written = new TreeMap<>();
            assertEquals(0, inLocale(locale, "stdout-" + locale, "extract", "输入/部门.txt", "-q"));
            written.put("stdout", Files.readString(dir.resolve("stdout-" + locale)));
            assertEquals(0, inLocale(locale, "tree-" + locale, "extract", "输入", "-o", "输出-" + locale, "-q",
                    "--report", "报告-" + locale + ".jsonl", "--jsonl", "全部-" + locale + ".jsonl"));
            written.put("stderr", Files.readString(dir.resolve("stdout-" + locale + ".err"))
                    + Files.readString(dir.resolve("tree-" + locale + ".err")));
            written.put("report", Files.readString(dir.resolve("报告-" + locale + ".jsonl")).replaceAll("\"ms\":\\d+", "\"ms\":0"));
            written.put("jsonl", Files.readString(dir.resolve("全部-" + locale + ".jsonl")));
            Path out = dir.resolve("输出-" + locale);
            try (Stream<Path> files = Files.walk(out)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    written.put(out.toUri().relativize(file.toUri()).toString(), Files.readString(file));
                }
            }
            runs.put(locale, written);
        }
        Map<String, String> utf8 = runs.get("C.UTF-8");
        assertEquals(utf8, runs.get("C"));
        assertEquals(Files.readString(SAMPLES.resolve("seeds/000.txt.json")).replace("\"file\": \"000.txt\"",
                "\"file\": \"输入/部门.txt\""), utf8.get("stdout"));
        assertEquals(List.of("%B2%BF.txt.json", "%E9%83%A8%E9%97%A8.txt.json", "%E9%A1%B9%E7%9B%AE/%E4%BA%8C.xlsx.json",
                ".perftable-state.json", ".perftable.lock", "plain.txt.json"), utf8.keySet().stream()
                .filter(name -> !List.of("stdout", "stderr", "report", "jsonl").contains(name)).toList(), "outputs named by their bytes");
        assertTrue(utf8.get("report").contains("\"file\":\"\\\\xB2\\\\xBF.txt\",\"sha256\""), utf8.get("report"));
        assertEquals("", utf8.get("stderr"));
    }

    /** Runs the packaged jar in {@code dir} under {@code locale} alone, stdout into {@code capture}, stderr beside it. */
    private int inLocale(String locale, String capture, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve(capture).toFile()).redirectError(dir.resolve(capture + ".err").toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("LC_") || name.equals("LANG") || name.equals("LANGUAGE"));
        builder.environment().put("LC_ALL", locale);
        return builder.start().waitFor();
    }

    /** {@code copies} copies of five seed exports, in numbered directories. */
    private Path archive(int copies) throws IOException {
        Path in = dir.resolve("in");
        for (int copy = 0; copy < copies; copy++) {
            Path to = Files.createDirectories(in.resolve(String.format("%03d", copy)));
            for (String seed : List.of("000.txt", "001.txt", "002.txt", "003.txt", "004.txt")) {
                if (!Files.exists(to.resolve(seed))) {
                    Files.copy(SAMPLES.resolve("seeds").resolve(seed), to.resolve(seed));
                }
            }
        }
        return in;
    }

    private Process start(Path in, Path out, Path report, Path stderr, String... options) throws IOException {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", JAR.toString(), "extract", in.toString(),
                "-o", out.toString(), "-j", "2", "-q", "--report", report.toString()));
        command.addAll(List.of(options));
        return new ProcessBuilder(command).redirectError(stderr.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Whether the process was started with SIGINT ignored, as a shell's background jobs are. */
    private static boolean ignoresInterrupts(Process process) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseUnsignedLong(line.substring("SigIgn:".length()).strip(), 16) & 0b10) != 0;
            }
        }
        return false;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int outputs(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(out)) {
            return (int) files.filter(p -> p.getFileName().toString().endsWith(".txt.json")).count();
        } catch (UncheckedIOException e) {
            return 0;
        }
    }

    private List<Path> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".perftable-tmp")).toList();
        }
    }
}
