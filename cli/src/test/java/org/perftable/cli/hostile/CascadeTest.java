package org.perftable.cli.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perftable.filing.FilingJson;

/**
 * Every bomb first, honest filings after, two at a time in worker processes: each bomb fails fast
 * with its own code (or at the time limit, its worker killed), each honest filing after them is
 * converted to exactly its expected JSON, and no worker outlives the run.
 */
class CascadeTest {

    static final Path SAMPLES = Path.of("..", "samples").toAbsolutePath().normalize();
    /** Each honest filing: where it goes in the input tree, and its sample. */
    static final Map<String, Path> HONEST = Map.of(
            "b-honest/000.txt", SAMPLES.resolve("seeds/000.txt"),
            "b-honest/002.xlsx", SAMPLES.resolve("office/002.xlsx"),
            "b-honest/003.docx", SAMPLES.resolve("office/003.docx"),
            "b-honest/001.writer.pdf", SAMPLES.resolve("pdf/001.writer.pdf"));

    @TempDir
    Path dir;

    @Test
    void bombsFirstLeaveTheHonestFilesAfterThemWhole() throws IOException {
        Path in = dir.resolve("in");
        Path bombs = Files.createDirectories(in.resolve("a-bombs"));
        Bombs.slowPdf(bombs.resolve("slow.pdf"), 100_000);
        Bombs.rulingsPdf(bombs.resolve("rulings.pdf"), 50_000);
        Bombs.declaredCountPdf(SAMPLES.resolve("pdf/000.writer.pdf"), bombs.resolve("count.pdf"), 100_000_000);
        Bombs.sharedStringsXlsx(bombs.resolve("shared-strings.xlsx"));
        Bombs.longLineText(bombs.resolve("long-cell.txt"), 1_200_000);
        Bombs.regexBombText(SAMPLES.resolve("seeds/001.txt"), bombs.resolve("regex.txt"));
        for (Map.Entry<String, Path> honest : HONEST.entrySet()) {
            Files.createDirectories(in.resolve(honest.getKey()).getParent());
            Files.copy(honest.getValue(), in.resolve(honest.getKey()));
        }
        Path out = dir.resolve("out");

        Run run = Run.of(dir.resolve("report.jsonl"), "extract", in.toString(), "-o", out.toString(), "-j", "2",
                "--timeout", "20", "-q");

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("a-bombs/count.pdf", "ok");
        expected.put("a-bombs/long-cell.txt", "cell_too_large");
        expected.put("a-bombs/regex.txt", "ok");
        expected.put("a-bombs/rulings.pdf", "too_many_rulings");
        expected.put("a-bombs/shared-strings.xlsx", "text_too_large");
        expected.put("a-bombs/slow.pdf", "timeout");
        expected.put("b-honest/000.txt", "ok");
        expected.put("b-honest/001.writer.pdf", "ok");
        expected.put("b-honest/002.xlsx", "ok");
        expected.put("b-honest/003.docx", "ok");
        assertEquals(expected, run.outcomes(), run.err());
        assertEquals(1, run.exitCode());
        assertEquals(4, run.summary().get("failed").asInt());
        assertTrue(run.message("a-bombs/rulings.pdf").contains("more than 20000 lines (--max-rulings)"));
        assertTrue(run.message("a-bombs/shared-strings.xlsx").contains("(--max-sheet-text)"));
        assertTrue(run.message("a-bombs/long-cell.txt").contains("1200000 characters"));
        assertTrue(run.message("a-bombs/slow.pdf").startsWith("no result within 20 s"));
        for (String file : List.of("a-bombs/rulings.pdf", "a-bombs/shared-strings.xlsx", "a-bombs/long-cell.txt")) {
            assertTrue(run.report().get(file).get("ms").asLong() < 20_000, file + " failed fast");
            assertTrue(run.err().contains(in.resolve(file) + ": refused: "), run.err());
        }
        for (Map.Entry<String, Path> honest : HONEST.entrySet()) {
            // source.file names the file under the directory given
            String named = "\"file\": \"" + honest.getValue().getFileName() + "\"";
            assertEquals(Files.readString(Path.of(honest.getValue() + ".json"))
                            .replace(named, "\"file\": \"" + honest.getKey() + "\""),
                    Files.readString(out.resolve(honest.getKey() + ".json")), honest.getKey());
        }
        // the declared count is a warning; every page the tree holds is read
        JsonNode counted = FilingJson.mapper().readTree(out.resolve("a-bombs/count.pdf.json").toFile());
        JsonNode sample = FilingJson.mapper().readTree(SAMPLES.resolve("pdf/000.writer.pdf.json").toFile());
        assertEquals(sample.get("forms"), counted.get("forms"));
        assertEquals(sample.at("/source/pages"), counted.at("/source/pages"));
        assertEquals("page_count_mismatch", counted.at("/warnings/0/code").asText());
        assertEquals(List.of(), ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList(),
                "no worker outlives the run");
    }

    @Test
    void anUnderstatedPageCountLosesNoPage() throws IOException {
        Path understated = Bombs.declaredCountPdf(SAMPLES.resolve("pdf/000.writer.pdf"), dir.resolve("understated.pdf"), 1);
        Path negative = Bombs.declaredCountPdf(SAMPLES.resolve("pdf/000.writer.pdf"), dir.resolve("negative.pdf"), -5);
        Path out = dir.resolve("out");
        Run run = Run.of(dir.resolve("report.jsonl"), "extract", understated.toString(), negative.toString(),
                "-o", out.toString(), "-q");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode sample = FilingJson.mapper().readTree(SAMPLES.resolve("pdf/000.writer.pdf.json").toFile());
        for (String name : List.of("understated.pdf", "negative.pdf")) {
            JsonNode filing = FilingJson.mapper().readTree(out.resolve(name + ".json").toFile());
            assertEquals(sample.get("forms"), filing.get("forms"), name);
            assertEquals(8, filing.at("/source/pages").asInt(), name);
            assertEquals("page_count_mismatch", filing.at("/warnings/0/code").asText(), name);
            assertTrue(filing.at("/warnings/0/message").asText().endsWith("holds 8: every page it holds is read"));
            assertEquals("ok", run.outcome(dir.resolve(name).toString()));
        }
    }
}
