package org.perftable.cli.hostile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a clumsy operator or a foreign system hands over: output files that collide with each other or
 * with an input, names too long for an output, text in UTF-16, Big5 or with NUL bytes, a cell of
 * millions of characters. Each is refused with its own code or usage error, and the honest filings
 * beside them are still converted.
 */
class OperatorFaultsTest {

    private static final Path SAMPLES = CascadeTest.SAMPLES;

    @TempDir
    Path dir;

    @Test
    void outputFilesThatCollideAreRefusedBeforeAnyWork() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path filing = Files.copy(SAMPLES.resolve("seeds/000.txt"), in.resolve("000.txt"));
        byte[] before = Files.readAllBytes(filing);
        Path same = dir.resolve("same.jsonl");

        Run both = Run.of(dir.resolve("r1.jsonl"), "extract", in.toString(), "--jsonl", dir.resolve("r1.jsonl").toString());
        assertEquals(2, both.exitCode());
        assertTrue(both.err().contains("--jsonl " + dir.resolve("r1.jsonl") + " is also --report " + dir.resolve("r1.jsonl")),
                both.err());

        Run onInput = Run.of(filing, "extract", in.toString(), "-o", dir.resolve("out").toString());
        assertEquals(2, onInput.exitCode());
        assertTrue(onInput.err().contains("--report " + filing + " is also the input " + filing), onInput.err());
        assertArrayEquals(before, Files.readAllBytes(filing));

        Run onOutput = Run.of(same, "extract", in.toString(), "-o", dir.resolve("out").toString(),
                "--jsonl", dir.resolve("out/000.txt.json").toString());
        assertEquals(2, onOutput.exitCode());
        assertTrue(onOutput.err().contains("is also the output of 000.txt"), onOutput.err());
        assertFalse(Files.exists(dir.resolve("out")), "nothing was written");
    }

    /** Each reader limit, set low by its option, refuses the file that passes it and names the option. */
    @Test
    void eachReaderLimitIsSetByItsOption() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(SAMPLES.resolve("seeds/000.txt"), in.resolve("000.txt"));
        Files.copy(SAMPLES.resolve("office/002.xlsx"), in.resolve("002.xlsx"));
        Files.copy(SAMPLES.resolve("pdf/001.writer.pdf"), in.resolve("001.pdf"));
        Bombs.longLineText(in.resolve("wide.txt"), 5_000);

        Run cells = Run.of(dir.resolve("cells.jsonl"), "extract", in.toString(), "-o", dir.resolve("cells").toString(), "-q",
                "--max-cells", "50", "--max-rulings", "5");
        assertEquals(Map.of("000.txt", "ok", "001.pdf", "too_many_rulings", "002.xlsx", "too_many_cells", "wide.txt", "ok"),
                cells.outcomes(), cells.err());
        assertTrue(cells.message("002.xlsx").endsWith("has more than 50 cells (--max-cells)"), cells.message("002.xlsx"));
        assertTrue(cells.message("001.pdf").contains("more than 5 lines (--max-rulings)"), cells.message("001.pdf"));

        Run text = Run.of(dir.resolve("text.jsonl"), "extract", in.toString(), "-o", dir.resolve("text").toString(), "-q",
                "--max-sheet-text", "100", "--max-cell-text", "4000");
        assertEquals(Map.of("000.txt", "ok", "001.pdf", "ok", "002.xlsx", "text_too_large", "wide.txt", "cell_too_large"),
                text.outcomes(), text.err());
        assertTrue(text.message("002.xlsx").endsWith("(--max-sheet-text)"), text.message("002.xlsx"));
        assertTrue(text.message("wide.txt").endsWith("has 5000 characters, more than the 4000 a cell may hold (--max-cell-text)"),
                text.message("wide.txt"));
        assertEquals(1, text.exitCode());
        assertEquals(Files.readString(SAMPLES.resolve("seeds/000.txt.json")), Files.readString(dir.resolve("text/000.txt.json")));
    }

    @Test
    void foreignTextAndOverlongNamesFailAloneWithTheirOwnCodes() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(SAMPLES.resolve("seeds/000.txt"), in.resolve("000.txt"));
        Bombs.utf16Text(SAMPLES.resolve("seeds/001.txt"), in.resolve("utf16.txt"));
        Bombs.big5Text(SAMPLES.resolve("seeds/001.txt"), in.resolve("big5.txt"));
        Bombs.nulText(in.resolve("nul.txt"));
        String longName = "长".repeat(80) + ".txt"; // 244 bytes: fine for the input, too long for its output
        Files.copy(SAMPLES.resolve("seeds/002.txt"), in.resolve(longName));
        Bombs.longLineText(in.resolve("wide.txt"), 1_100_000);
        Files.copy(SAMPLES.resolve("seeds/003.txt"), in.resolve("zz.txt"));

        Run run = Run.of(dir.resolve("report.jsonl"), "extract", in.toString(), "-o", dir.resolve("out").toString(), "-q");

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("000.txt", "ok");
        expected.put("big5.txt", "undecodable_text");
        expected.put("nul.txt", "undecodable_text");
        expected.put("utf16.txt", "undecodable_text");
        expected.put("wide.txt", "cell_too_large");
        expected.put("zz.txt", "ok");
        expected.put(longName, "name_too_long");
        assertEquals(expected, run.outcomes(), run.err());
        assertEquals(1, run.exitCode());
        assertTrue(run.message("big5.txt").contains("Big5 (Traditional Chinese) text"), run.message("big5.txt"));
        assertTrue(run.message("utf16.txt").contains("UTF-16 text"), run.message("utf16.txt"));
        assertTrue(run.message("nul.txt").startsWith("not a text export: binary data (a NUL byte at offset"));
        assertTrue(run.message("wide.txt").contains("has 1100000 characters, more than the 1048576 a cell may hold"));
        assertTrue(run.message(longName).contains("longer than the 255 bytes a file name may have"), run.message(longName));
        for (String honest : new String[] {"000.txt", "zz.txt"}) {
            String seedName = honest.equals("zz.txt") ? "003.txt" : honest;
            assertEquals(Files.readString(SAMPLES.resolve("seeds/" + seedName + ".json")).replace(seedName, honest),
                    Files.readString(dir.resolve("out").resolve(honest + ".json")), honest);
        }
    }
}
