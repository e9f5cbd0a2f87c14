package org.perftable.cli.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file that exhausts its worker's heap fails as out_of_memory, its worker ends and is replaced,
 * and the files after it, on the one worker slot of -j 1, convert on the fresh worker.
 */
class WorkerRecoveryTest {

    private static final Path SAMPLES = CascadeTest.SAMPLES;

    @TempDir
    Path dir;

    @Test
    void aFileThatExhaustsTheHeapFailsAloneAndItsWorkerIsReplaced() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Bombs.largeText(in.resolve("a-large.txt"), 40);
        Files.copy(SAMPLES.resolve("seeds/000.txt"), in.resolve("b.txt"));
        Bombs.largeText(in.resolve("c-large.txt"), 40);
        Files.copy(SAMPLES.resolve("seeds/003.txt"), in.resolve("d.txt"));
        Path out = dir.resolve("out");

        Run run = Run.of(dir.resolve("report.jsonl"), "extract", in.toString(), "-o", out.toString(), "-j", "1",
                "--worker-heap", "96m", "-q");

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("a-large.txt", "out_of_memory");
        expected.put("b.txt", "ok");
        expected.put("c-large.txt", "out_of_memory");
        expected.put("d.txt", "ok");
        assertEquals(expected, run.outcomes(), run.err());
        assertEquals(1, run.exitCode());
        assertTrue(run.message("a-large.txt").contains("(--worker-heap sets its heap)"), run.message("a-large.txt"));
        assertTrue(run.err().contains(in.resolve("c-large.txt") + ": ran out of memory"), run.err());
        for (String[] honest : List.of(new String[] {"b.txt", "000.txt"}, new String[] {"d.txt", "003.txt"})) {
            assertEquals(Files.readString(SAMPLES.resolve("seeds/" + honest[1] + ".json")).replace(honest[1], honest[0]),
                    Files.readString(out.resolve(honest[0] + ".json")), honest[0]);
        }
        assertEquals(List.of(), ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList());
    }
}
