package org.perftable.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perftable.filing.FilingJson;

class ExtractCommandTest {

    @TempDir
    Path dir;

    private final CapturedRun printed = new CapturedRun();

    private int run(String... args) {
        return printed.run(args);
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void oneInputWithoutOutputDirectoryGoesToStdout() throws Exception {
        Path filing = write("a.txt", "部门整体预算绩效目标申报表\n部门名称\t某部门\n");

        assertEquals(0, run("extract", filing.toString()));
        JsonNode json = FilingJson.mapper().readTree(printed.out());
        assertEquals("department_budget_targets", json.at("/forms/0/type").asText());
        assertEquals("某部门", json.at("/forms/0/department").asText());
        assertEquals(filing.toString(), json.at("/source/file").asText(), "a file named directly: its path as given");
    }

    @Test
    void aFailedInputIsNamedOnStderrAndTheOthersAreStillWritten() throws Exception {
        Path good = write("in/good.txt", "部门整体预算绩效目标申报表\n");
        Path empty = write("in/empty.txt", "");
        Path pdf = write("in/scan.pdf", "%PDF-1.4\n");
        Path out = dir.resolve("out");

        assertEquals(ExtractCommand.FAILED, run("extract", good.toString(), empty.toString(), pdf.toString(),
                "-o", out.toString()));
        assertTrue(Files.exists(out.resolve("good.txt.json")));
        assertFalse(Files.exists(out.resolve("empty.txt.json")));
        assertTrue(printed.err().contains(empty + ": empty file"), printed.err());
        assertTrue(printed.err().contains(pdf + ": not a readable PDF"), printed.err());
    }

    @Test
    void aFileWithoutFormsSucceedsWithNoFormsAndAWarning() throws Exception {
        Path notes = write("notes.txt", "会议纪要\n一\t二\n");

        assertEquals(0, run("extract", notes.toString()));
        JsonNode json = FilingJson.mapper().readTree(printed.out());
        assertEquals(0, json.get("forms").size());
        assertEquals("no_forms", json.at("/warnings/0/code").asText());
    }

    @Test
    void directoriesAreSearchedForExportsAndMirroredUnderTheOutput() throws Exception {
        write("tree/2023/a.txt", "项目支出绩效目标表\n");
        write("tree/2023/a.txt.json", "{}");
        write("tree/readme.md", "not a filing");
        Path out = dir.resolve("out");

        assertEquals(0, run("extract", dir.resolve("tree").toString(), "-o", out.toString()));
        assertTrue(Files.exists(out.resolve("2023/a.txt.json")));
        try (var files = Files.walk(out)) {
            assertEquals(1, files.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().equals(OutputState.FILE_NAME))
                    .filter(file -> !file.getFileName().toString().equals(OutputLock.FILE_NAME)).count());
        }
    }

    @Test
    void usageErrorsExitWithTwo() throws Exception {
        Path a = write("a.txt", "x\n");
        Path b = write("b.txt", "y\n");

        assertEquals(2, run("extract"));
        assertEquals(2, run("extract", a.toString(), b.toString()));
        assertEquals(2, run("extract", "--no-such-option", a.toString()));
        assertEquals(2, run());
    }

    @Test
    void helpAndVersionAnswerAsPicocliUsersExpect() {
        assertEquals(0, run("--version"));
        assertTrue(printed.out().startsWith("perftable "), printed.out());
        assertEquals(0, run("extract", "--help"));
        assertTrue(printed.out().contains("Exit codes:"), printed.out());
    }

    @Test
    void anUnwritableOutputDirectoryExitsWithThree() throws Exception {
        Path filing = write("a.txt", "部门整体预算绩效目标申报表\n");
        Path blocker = write("blocker", "a file where the directory should be");

        assertEquals(ExtractCommand.OUTPUT_UNWRITABLE, run("extract", filing.toString(), "-o", blocker.resolve("out").toString()));
    }
}
