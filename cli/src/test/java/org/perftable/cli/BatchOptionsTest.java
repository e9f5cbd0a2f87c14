package org.perftable.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perftable.cli.hostile.Bombs;
import org.perftable.filing.FilingJson;

/** The batch options of {@code extract}: selection, workers, time limit, incremental runs, reporting. */
class BatchOptionsTest {

    private static final Path SAMPLES = Path.of("..", "samples").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private String err = "";

    private int run(String... args) {
        CapturedRun run = new CapturedRun();
        int exitCode = run.run(args);
        err = run.err();
        return exitCode;
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private List<JsonNode> report(Path file) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            lines.add(FilingJson.mapper().readTree(line));
        }
        return lines;
    }

    private List<String> statuses(Path report) throws IOException {
        List<JsonNode> lines = report(report);
        return lines.subList(0, lines.size() - 1).stream()
                .map(line -> line.get("file").asText() + " " + line.get("status").asText()).toList();
    }

    @Test
    void includeAndExcludeGlobsMatchPathsRelativeToTheInputDirectory() throws IOException {
        write("in/2023/a.txt", "部门整体预算绩效目标申报表\n");
        write("in/2023/draft-a.txt", "部门整体预算绩效目标申报表\n");
        write("in/2024/b.txt", "部门整体预算绩效目标申报表\n");
        write("in/c.txt", "部门整体预算绩效目标申报表\n");
        Path report = dir.resolve("report.jsonl");

        assertEquals(0, run("extract", dir.resolve("in").toString(), "-o", dir.resolve("out").toString(),
                "--include", "2023/*", "--include", "*.txt", "--exclude", "**/draft-*", "--report", report.toString()));
        assertEquals(List.of("2023/a.txt ok", "c.txt ok"), statuses(report));
        assertTrue(Files.exists(dir.resolve("out/2023/a.txt.json")));
        assertFalse(Files.exists(dir.resolve("out/2024")));
    }

    @Test
    void outputsAndTheirOrderDoNotDependOnTheNumberOfWorkers() throws IOException {
        Path in = dir.resolve("in");
        for (String sample : List.of("seeds/000.txt", "seeds/001.txt", "seeds/002.txt", "office/003.xlsx",
                "office/004.docx", "pdf/002.calc.pdf")) {
            Files.createDirectories(in.resolve(sample).getParent());
            Files.copy(SAMPLES.resolve(sample), in.resolve(sample));
        }

        assertEquals(0, run("extract", in.toString(), "-o", dir.resolve("one").toString(), "-j", "1",
                "--jsonl", dir.resolve("one.jsonl").toString(), "--report", dir.resolve("one-report.jsonl").toString()));
        assertEquals(0, run("extract", in.toString(), "-o", dir.resolve("three").toString(), "-j", "3",
                "--jsonl", dir.resolve("three.jsonl").toString(), "--report", dir.resolve("three-report.jsonl").toString()));
        assertEquals(OutputFiles.under(dir.resolve("one")), OutputFiles.under(dir.resolve("three")));
        assertEquals(Files.readString(dir.resolve("one.jsonl")), Files.readString(dir.resolve("three.jsonl")));
        assertEquals(statuses(dir.resolve("one-report.jsonl")), statuses(dir.resolve("three-report.jsonl")));
        assertEquals(List.of("office/003.xlsx ok", "office/004.docx ok", "pdf/002.calc.pdf ok", "seeds/000.txt ok",
                "seeds/001.txt ok", "seeds/002.txt ok"), statuses(dir.resolve("one-report.jsonl")));
    }

    /**
     * A PDF of 100,000 pages takes minutes: it times out, its worker is killed, and the file after it
     * is still converted. (A named pipe, the stuck file for good, is refused before it is opened.)
     */
    @Test
    void aFileOverItsTimeLimitTimesOutAndTheBatchGoesOn() throws Exception {
        Path slow = Bombs.slowPdf(dir.resolve("slow.pdf"), 100_000);
        Path good = write("good.txt", "部门整体预算绩效目标申报表\n");
        Path report = dir.resolve("report.jsonl");
        assertEquals(ExtractCommand.FAILED, run("extract", slow.toString(), good.toString(), "-o",
                dir.resolve("out").toString(), "-j", "1", "--timeout", "1", "--report", report.toString()));
        assertEquals(List.of(slow + " failed", good + " ok"), statuses(report));
        assertEquals("timeout", report(report).get(0).at("/error/code").asText());
        assertFalse(Files.exists(dir.resolve("out/slow.pdf.json")));
    }

    @Test
    void anOutputIsSkippedOnlyWhenItsInputAndVersionAreUnchanged() throws IOException {
        Path a = write("in/a.txt", "部门整体预算绩效目标申报表\n部门名称\t甲\n");
        write("in/b.txt", "部门整体预算绩效目标申报表\n部门名称\t乙\n");
        write("in/c.txt", "部门整体预算绩效目标申报表\n部门名称\t丙\n");
        Path out = dir.resolve("out");
        Path report = dir.resolve("report.jsonl");
        String[] args = {"extract", dir.resolve("in").toString(), "-o", out.toString(), "--report", report.toString()};
        assertEquals(0, run(args));
        Path state = out.resolve(OutputState.FILE_NAME);
        assertEquals(List.of("a.txt.json", "b.txt.json", "c.txt.json"),
                fieldNames(FilingJson.mapper().readTree(state.toFile())));

        Files.writeString(a, "部门整体预算绩效目标申报表\n部门名称\t丁\n");   // changed input
        Files.delete(out.resolve("b.txt.json"));                             // output gone
        JsonNode entries = FilingJson.mapper().readTree(state.toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) entries.get("c.txt.json")).put("version", "0.0.1");
        Files.write(state, FilingJson.mapper().writeValueAsBytes(entries)); // written by another version
        assertEquals(0, run(args));
        assertEquals(List.of("a.txt ok", "b.txt ok", "c.txt ok"), statuses(report));
        assertEquals("丁", FilingJson.mapper().readTree(out.resolve("a.txt.json").toFile()).at("/forms/0/department").asText());

        // outputs the state does not vouch for (their hash unknown) are converted again
        Files.delete(state);
        assertEquals(0, run(args));
        assertEquals(List.of("a.txt ok", "b.txt ok", "c.txt ok"), statuses(report));
        assertEquals(List.of("a.txt.json", "b.txt.json", "c.txt.json"),
                fieldNames(FilingJson.mapper().readTree(state.toFile())));
    }

    @Test
    void progressAndSummaryGoToStderrUnlessQuiet() throws IOException {
        Path good = write("good.txt", "部门整体预算绩效目标申报表\n");
        Path empty = write("empty.txt", "");
        Path out = dir.resolve("out");

        assertEquals(ExtractCommand.FAILED, run("extract", good.toString(), empty.toString(), "-o", out.toString()));
        assertTrue(err.toString().contains("perftable: 2/2 files"), err.toString());
        assertTrue(err.toString().contains("perftable: 2 files in "), err.toString());
        assertTrue(err.toString().contains(": 1 ok, 0 no forms, 0 skipped, 1 failed; 0 indicators, 0 failed checks"), err.toString());

        assertEquals(0, run("extract", good.toString(), "-o", out.toString(), "--quiet", "--force"));
        assertEquals("", err.toString());
        assertEquals(ExtractCommand.FAILED, run("extract", empty.toString(), "-o", out.toString(), "-q"));
        assertEquals(empty + ": empty file", err.toString().strip().replaceFirst("^perftable: ", ""));
    }

    @Test
    void aJsonLinesFileAloneIsEnoughOutputForManyInputs() throws IOException {
        write("in/a.txt", "部门整体预算绩效目标申报表\n部门名称\t甲\n");
        write("in/b.txt", "会议纪要\n");
        Path jsonl = dir.resolve("all.jsonl");

        assertEquals(0, run("extract", dir.resolve("in").toString(), "--jsonl", jsonl.toString()));
        List<String> lines = Files.readAllLines(jsonl);
        assertEquals(2, lines.size());
        assertEquals("甲", FilingJson.mapper().readTree(lines.get(0)).at("/forms/0/department").asText());
        assertEquals("b.txt", FilingJson.mapper().readTree(lines.get(1)).at("/source/file").asText());
    }

    @Test
    void badOptionsAreUsageErrorsAndAnUnwritableReportExitsWithThree() throws IOException {
        Path good = write("good.txt", "部门整体预算绩效目标申报表\n");
        Path blocker = write("blocker", "a file where a directory should be");

        assertEquals(2, run("extract", good.toString(), "-j", "0"));
        assertEquals(2, run("extract", good.toString(), "--timeout", "0"));
        assertEquals(2, run("extract", good.toString(), "--jobs", "many"));
        assertEquals(ExtractCommand.OUTPUT_UNWRITABLE, run("extract", good.toString(), "-o", dir.resolve("out").toString(),
                "--report", blocker.resolve("report.jsonl").toString()));
        assertEquals(ExtractCommand.OUTPUT_UNWRITABLE, run("extract", good.toString(),
                "--jsonl", blocker.resolve("all.jsonl").toString()));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
