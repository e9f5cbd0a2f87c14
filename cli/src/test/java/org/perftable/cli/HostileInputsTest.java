package org.perftable.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perftable.filing.FilingJson;
import picocli.CommandLine;

/**
 * A batch of good filings mixed with files built to break a reader: each hostile file fails alone
 * with its own code in the report and leaves no output, every good filing is converted to exactly
 * its expected JSON, a second run skips what is up to date, and --force converts everything again.
 */
class HostileInputsTest {

    private static final Path SAMPLES = Path.of("..", "samples").toAbsolutePath().normalize();

    /** Each good filing: its sample, and where it goes in the input tree. */
    private static final Map<String, Path> GOOD = Map.of(
            "good/000.txt", SAMPLES.resolve("seeds/000.txt"),
            "good/office/002.xlsx", SAMPLES.resolve("office/002.xlsx"),
            "good/office/003.docx", SAMPLES.resolve("office/003.docx"),
            "good/pdf/001.writer.pdf", SAMPLES.resolve("pdf/001.writer.pdf"));

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    @Test
    void eachHostileFileFailsAloneAndRerunsSkipWhatIsUpToDate() throws IOException {
        Path in = dir.resolve("in");
        for (Map.Entry<String, Path> good : GOOD.entrySet()) {
            Files.createDirectories(in.resolve(good.getKey()).getParent());
            Files.copy(good.getValue(), in.resolve(good.getKey()));
        }
        Files.writeString(in.resolve("good/minutes.txt"), "会议纪要\n一\t二\n", StandardCharsets.UTF_8);
        Path hostile = Files.createDirectories(in.resolve("hostile"));
        HostileFiles.empty(hostile.resolve("empty.txt"));
        HostileFiles.truncatedPdf(hostile.resolve("truncated.pdf"));
        HostileFiles.brokenXrefPdf(hostile.resolve("broken-xref.pdf"));
        HostileFiles.encryptedPdf(hostile.resolve("encrypted.pdf"));
        HostileFiles.imageOnlyPdf(hostile.resolve("scan.pdf"));
        HostileFiles.zipBombXlsx(hostile.resolve("bomb.xlsx"));
        HostileFiles.externalEntityDocx(hostile.resolve("entity.docx"));
        HostileFiles.manyPagesPdf(hostile.resolve("3000-pages.pdf"), 3000);
        HostileFiles.randomBytes(hostile.resolve("noise.pdf"));
        // listed, then gone before it is read: named on the command line after it was deleted
        Path vanished = Files.writeString(dir.resolve("vanished.txt"), "部门整体预算绩效目标申报表\n");
        Files.delete(vanished);
        Path out = dir.resolve("out");

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("good/000.txt", "ok");
        expected.put("good/minutes.txt", "no_forms");
        expected.put("good/office/002.xlsx", "ok");
        expected.put("good/office/003.docx", "ok");
        expected.put("good/pdf/001.writer.pdf", "ok");
        expected.put("hostile/3000-pages.pdf", "no_text_layer");
        expected.put("hostile/bomb.xlsx", "zip_bomb");
        expected.put("hostile/broken-xref.pdf", "ok"); // PDFBox rebuilds the cross-reference table by scanning
        expected.put("hostile/empty.txt", "empty_file");
        expected.put("hostile/encrypted.pdf", "encrypted");
        expected.put("hostile/entity.docx", "external_entity"); // the DOCTYPE is refused, the entity never read
        expected.put("hostile/noise.pdf", "undecodable_text"); // no %PDF- header, so read as a text export
        expected.put("hostile/scan.pdf", "no_text_layer");
        expected.put("hostile/truncated.pdf", "corrupt_file");
        expected.put(vanished.toString(), "file_vanished");

        assertEquals(ExtractCommand.FAILED, run(in, vanished, out, "first", "-j", "2"));
        List<JsonNode> first = report("first");
        assertEquals(expected, outcomes(first));
        assertEquals(List.of("good/000.txt.json", "good/minutes.txt.json", "good/office/002.xlsx.json",
                "good/office/003.docx.json", "good/pdf/001.writer.pdf.json", "hostile/broken-xref.pdf.json"),
                outputNames(out));
        for (Map.Entry<String, Path> good : GOOD.entrySet()) {
            // source.file names the file relative to the directory given, not by its bare name
            String expectedJson = Files.readString(Path.of(good.getValue() + ".json")).replace(
                    "\"file\": \"" + good.getValue().getFileName() + "\"", "\"file\": \"" + good.getKey() + "\"");
            assertEquals(expectedJson, Files.readString(out.resolve(good.getKey() + ".json")), good.getKey());
        }
        assertEquals(FilingJson.mapper().readTree(Path.of(HostileFiles.SAMPLE_PDF + ".json").toFile()).get("forms"),
                FilingJson.mapper().readTree(out.resolve("hostile/broken-xref.pdf.json").toFile()).get("forms"));
        assertSummary(first, 15, 5, 1, 0, 9);
        assertTrue(err.toString().contains("perftable: 15 files in "), err.toString());
        assertTrue(err.toString().contains(hostile.resolve("bomb.xlsx") + ": refused"), err.toString());
        assertNoPasswdContent(out);

        List<JsonNode> jsonl = lines(dir.resolve("first.jsonl"));
        assertEquals(6, jsonl.size());
        for (int i = 0; i < jsonl.size(); i++) {
            assertEquals(FilingJson.mapper().readTree(out.resolve(outputNames(out).get(i)).toFile()), jsonl.get(i));
        }
        Map<String, String> outputs = OutputFiles.under(out);

        assertEquals(ExtractCommand.FAILED, run(in, vanished, out, "second", "-j", "2"));
        List<JsonNode> second = report("second");
        Map<String, String> skipped = new LinkedHashMap<>();
        expected.forEach((file, outcome) -> skipped.put(file, outcome.equals("ok") || outcome.equals("no_forms")
                ? "skipped" : outcome));
        assertEquals(skipped, outcomes(second));
        assertSummary(second, 15, 0, 0, 6, 9);
        assertEquals(summary(first).get("indicators"), summary(second).get("indicators"));
        assertEquals(Files.readString(dir.resolve("first.jsonl")), Files.readString(dir.resolve("second.jsonl")));
        assertSameContents(outputs, OutputFiles.under(out));

        assertEquals(ExtractCommand.FAILED, run(in, vanished, out, "third", "-j", "1", "--force"));
        assertEquals(expected, outcomes(report("third")));
        assertEquals(Files.readString(dir.resolve("first.jsonl")), Files.readString(dir.resolve("third.jsonl")));
        assertSameContents(outputs, OutputFiles.under(out));
    }

    private int run(Path in, Path vanished, Path out, String name, String... options) {
        List<String> args = new ArrayList<>(List.of("extract", in.toString(), vanished.toString(), "-o", out.toString(),
                "--report", dir.resolve(name + "-report.jsonl").toString(),
                "--jsonl", dir.resolve(name + ".jsonl").toString(), "--timeout", "20"));
        args.addAll(List.of(options));
        CommandLine commandLine = new CommandLine(new PerftableCommand());
        commandLine.setOut(new PrintWriter(new StringWriter()));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args.toArray(String[]::new));
    }

    private List<JsonNode> report(String name) throws IOException {
        return lines(dir.resolve(name + "-report.jsonl"));
    }

    /** Each report line's file and, for a failure, its error code, else its status. */
    private static Map<String, String> outcomes(List<JsonNode> report) {
        Map<String, String> outcomes = new LinkedHashMap<>();
        for (JsonNode line : report.subList(0, report.size() - 1)) {
            assertEquals(List.of("file", "sha256", "status", "error", "forms", "indicators", "checks_failed", "ms"), fieldNames(line));
            boolean failed = line.get("status").asText().equals("failed");
            assertEquals(failed, !line.get("error").isNull(), line.toString());
            outcomes.put(line.get("file").asText(), failed ? line.at("/error/code").asText() : line.get("status").asText());
        }
        return outcomes;
    }

    private static void assertSummary(List<JsonNode> report, int files, int ok, int noForms, int skipped, int failed) {
        JsonNode summary = summary(report);
        assertEquals(List.of("files", "ok", "no_forms", "skipped", "failed", "indicators", "checks_failed", "ms"), fieldNames(summary));
        assertEquals(List.of(files, ok, noForms, skipped, failed), Stream.of("files", "ok", "no_forms", "skipped", "failed")
                .map(key -> summary.get(key).asInt()).toList());
        long indicators = report.subList(0, report.size() - 1).stream().mapToLong(line -> line.get("indicators").asLong()).sum();
        assertTrue(indicators > 0);
        assertEquals(indicators, summary.get("indicators").asLong());
    }

    private static JsonNode summary(List<JsonNode> report) {
        JsonNode last = report.get(report.size() - 1);
        assertEquals(List.of("summary"), fieldNames(last));
        return last.get("summary");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            lines.add(FilingJson.mapper().readTree(line));
        }
        return lines;
    }

    /** The outputs under a directory, by relative path, without the state and lock files. */
    private static List<String> outputNames(Path out) throws IOException {
        return new ArrayList<>(OutputFiles.under(out).keySet().stream()
                .filter(name -> !name.equals(OutputState.FILE_NAME) && !name.equals(OutputLock.FILE_NAME)).toList());
    }

    private static void assertSameContents(Map<String, String> expected, Map<String, String> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((name, text) -> assertEquals(text, actual.get(name), name));
    }

    /** The entity pointed at /etc/passwd: none of its lines may turn up in anything the runs wrote. */
    private void assertNoPasswdContent(Path out) throws IOException {
        Path passwd = Path.of("/etc/passwd");
        if (!Files.isReadable(passwd)) {
            return;
        }
        List<String> secrets = Files.readAllLines(passwd).stream().filter(line -> line.contains(":x:")).toList();
        assertFalse(secrets.isEmpty());
        List<Path> written = new ArrayList<>(List.of(dir.resolve("first-report.jsonl"), dir.resolve("first.jsonl")));
        try (Stream<Path> files = Files.walk(out)) {
            written.addAll(files.filter(Files::isRegularFile).toList());
        }
        for (Path file : written) {
            String text = Files.readString(file);
            for (String secret : secrets) {
                assertFalse(text.contains(secret), file + " holds a line of /etc/passwd");
            }
        }
        assertFalse(err.toString().contains(secrets.get(0)));
    }
}
