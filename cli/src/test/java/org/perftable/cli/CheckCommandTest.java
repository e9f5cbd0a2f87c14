package org.perftable.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perftable.filing.FilingJson;

class CheckCommandTest {

    private static final Path SEEDS = Path.of("..", "samples", "seeds");

    /** A department form whose budget does not balance: 收入 675, 支出 600. */
    private static final String UNBALANCED = """
            部门整体支出绩效目标表
            部门（单位）名称\t某部门
            部门总体资金情况\t总体资金情况\t\t当年金额
            \t收入构成\t财政拨款\t675
            \t\t合计\t675
            \t支出构成\t特定目标类项目支出\t600
            \t\t合计\t600
            """;

    @TempDir
    Path dir;

    private final CapturedRun printed = new CapturedRun();

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void aFilingWhoseChecksPassExitsZeroAndPrintsNothing() throws Exception {
        Path filing = write("a.txt", "部门整体预算绩效目标申报表\n部门名称\t某部门\n");
        assertEquals(0, printed.run("check", filing.toString()));
        assertEquals("", printed.out());
        assertTrue(printed.err().contains("1 filing checked: "), printed.err());
    }

    @Test
    void failedChecksArePrintedWithFilePageRuleAndBothAmountsAndExitFour() throws Exception {
        Path filing = write("b.txt", UNBALANCED);
        assertEquals(CheckCommand.CHECKS_FAILED, printed.run("check", "-q", filing.toString()));
        List<String> lines = printed.out().lines().toList();
        assertEquals(1, lines.size(), printed.out());
        assertTrue(lines.get(0).startsWith(filing + ":1: sum.income_expenditure: "), lines.get(0));
        assertTrue(lines.get(0).contains("(expected 675, printed 600)"), lines.get(0));
        assertEquals("", printed.err());
    }

    @Test
    void extractedJsonKeepsItsChecksAndJsonWithoutChecksIsRefused() throws Exception {
        assertEquals(CheckCommand.CHECKS_FAILED, printed.run("check", "-q", SEEDS.resolve("000.txt.json").toString()));
        assertTrue(printed.out().startsWith("000.txt:4: completeness.quantitative: "), printed.out());

        JsonNode old = FilingJson.mapper().readTree(SEEDS.resolve("000.txt.json").toFile());
        ((ObjectNode) old.at("/forms/0")).remove("checks");
        Path written = dir.resolve("old.json");
        FilingJson.mapper().writeValue(written.toFile(), old);
        assertEquals(ExtractCommand.FAILED, printed.run("check", written.toString()));
        assertTrue(printed.err().contains("holds no checks"), printed.err());
    }

    @Test
    void aRulesFileChangesWhatFailsAndABadOneIsAUsageError() throws Exception {
        Path rules = write("rules.properties", """
                required_level1 = output
                cost_indicator = optional
                quantitative_per_level2 = optional
                satisfaction_minimum = 80
                skip = completeness.quantitative
                """);
        Path seed = SEEDS.resolve("000.txt");
        assertEquals(0, printed.run("check", "--rules", rules.toString(), seed.toString()));
        assertEquals(CheckCommand.CHECKS_FAILED, printed.run("check", seed.toString()), "the default is back");

        Path bad = write("bad.properties", "required_level1 = output, 效率\n");
        assertEquals(2, printed.run("check", "--rules", bad.toString(), seed.toString()));
        assertTrue(printed.err().contains("setting cost_indicator is missing"), printed.err());
    }

    @Test
    void theExtractReportCountsFailedChecksPerFileAndInTheSummary() throws Exception {
        Path unbalanced = write("b.txt", UNBALANCED);
        Path report = dir.resolve("report.jsonl");
        assertEquals(0, printed.run("extract", "--in-process", "-q", unbalanced.toString(),
                SEEDS.resolve("000.txt").toString(), "-o", dir.resolve("out").toString(), "--report", report.toString()));
        List<String> lines = Files.readAllLines(report);
        assertEquals(1, FilingJson.mapper().readTree(lines.get(0)).get("checks_failed").asInt());
        assertEquals(1, FilingJson.mapper().readTree(lines.get(1)).get("checks_failed").asInt());
        assertEquals(2, FilingJson.mapper().readTree(lines.get(2)).at("/summary/checks_failed").asInt());

        Path rules = write("rules.properties", """
                required_level1 = output
                cost_indicator = optional
                quantitative_per_level2 = optional
                satisfaction_minimum = 80
                skip =
                """);
        assertEquals(0, printed.run("extract", "--in-process", "-q", SEEDS.resolve("000.txt").toString(),
                "-o", dir.resolve("out").toString(), "--report", report.toString(), "--rules", rules.toString()));
        JsonNode line = FilingJson.mapper().readTree(Files.readAllLines(report).get(0));
        assertEquals("ok", line.get("status").asText(), "outputs checked by other rules are not up to date");
        assertEquals(0, line.get("checks_failed").asInt());
    }
}
