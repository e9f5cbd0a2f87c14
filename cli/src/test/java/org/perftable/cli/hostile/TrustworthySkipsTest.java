package org.perftable.cli.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perftable.filing.FilingJson;

/**
 * An incremental run skips only the outputs it wrote itself and that are still whole: an edited
 * output, a stub with the right hash and an output with bytes appended are converted again, and a
 * file whose new bytes fail loses its earlier output.
 */
class TrustworthySkipsTest {

    private static final Path SAMPLES = CascadeTest.SAMPLES;
    private static final List<String> SEEDS = List.of("000.txt", "001.txt", "002.txt", "003.txt");

    @TempDir
    Path dir;

    @Test
    void onlyWholeOutputsOfThisVersionAreSkipped() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (String seed : SEEDS) {
            Files.copy(SAMPLES.resolve("seeds").resolve(seed), in.resolve(seed));
        }
        Path out = dir.resolve("out");
        Run first = Run.of(dir.resolve("first.jsonl"), "extract", in.toString(), "-o", out.toString(), "-q");
        assertEquals(0, first.exitCode(), first.err());

        String edited = Files.readString(out.resolve("000.txt.json")).replaceFirst("\"title\": \"", "\"title\": \"X");
        Files.writeString(out.resolve("000.txt.json"), edited);
        String sha = FilingJson.mapper().readTree(out.resolve("001.txt.json").toFile()).at("/source/sha256").asText();
        Files.writeString(out.resolve("001.txt.json"), "{\"source\":{\"sha256\":\"" + sha + "\"}}");
        Files.writeString(out.resolve("002.txt.json"), "garbage", StandardOpenOption.APPEND);

        Path jsonl = dir.resolve("all.jsonl");
        Run second = Run.of(dir.resolve("second.jsonl"), "extract", in.toString(), "-o", out.toString(), "-q",
                "--jsonl", jsonl.toString());
        assertEquals(Map.of("000.txt", "ok", "001.txt", "ok", "002.txt", "ok", "003.txt", "skipped"), second.outcomes());
        assertEquals(0, second.exitCode());
        for (String seed : SEEDS) {
            assertEquals(Files.readString(SAMPLES.resolve("seeds").resolve(seed + ".json")),
                    Files.readString(out.resolve(seed + ".json")), seed);
        }
        assertFalse(Files.readString(jsonl).contains("\"X"), "the edit does not flow into --jsonl");

        Files.write(in.resolve("001.txt"), new byte[0]);
        Files.write(in.resolve("002.txt"), "部门\0整体".getBytes(StandardCharsets.UTF_8));
        Run third = Run.of(dir.resolve("third.jsonl"), "extract", in.toString(), "-o", out.toString(), "-q");
        assertEquals(Map.of("000.txt", "skipped", "001.txt", "empty_file", "002.txt", "undecodable_text",
                "003.txt", "skipped"), third.outcomes());
        assertEquals(1, third.exitCode());
        assertEquals("empty file; its earlier output 001.txt.json was removed", third.message("001.txt"));
        assertTrue(third.message("002.txt").startsWith("not a text export: binary data (a NUL byte at offset 6)"),
                third.message("002.txt"));
        assertFalse(Files.exists(out.resolve("001.txt.json")));
        assertFalse(Files.exists(out.resolve("002.txt.json")));
        assertFalse(Files.exists(out.resolve(".perftable-state.journal")));
        assertFalse(Files.readString(out.resolve(".perftable-state.json")).contains("001.txt.json"));
    }
}
