package org.perftable.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perftable.store.AuditTables;
import org.perftable.store.Table;

/**
 * The packaged jar, killed while it loads a directory of filing JSON into SQLite and run again, ends
 * with exactly the database of a load never interrupted; at the kill, every filing in the database
 * is whole.
 */
class InterruptedLoadIT {

    private static final Path SAMPLES = Path.of("..", "samples").toAbsolutePath().normalize();
    private static final Path JAR = Path.of("target", "perftable.jar").toAbsolutePath();
    private static final int COPIES = 12;

    @TempDir
    Path dir;

    @Test
    void aKilledLoadIsFinishedByTheNextOne() throws Exception {
        Path in = dir.resolve("in");
        List<Path> samples;
        try (Stream<Path> files = Files.walk(SAMPLES)) {
            // the expected outputs, not the generated filings' truth beside them
            samples = files.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".truth.json"))
                    .sorted().toList();
        }
        // each copy a filing of its own: its source.file under the copy's directory
        for (int copy = 0; copy < COPIES; copy++) {
            String prefix = String.format("%03d/", copy);
            Path copies = Files.createDirectories(in.resolve(prefix));
            for (Path sample : samples) {
                // under its directory in samples/: two directories hold filings of the same name
                Path relative = SAMPLES.relativize(sample);
                String name = sample.getFileName().toString().replaceFirst("\\.json$", "");
                String path = prefix + relative.toString().replaceFirst("\\.json$", "");
                Path target = Files.createDirectories(copies.resolve(relative).getParent()).resolve(sample.getFileName());
                Files.writeString(target, Files.readString(sample)
                        .replace("\"file\": \"" + name + "\"", "\"file\": \"" + path + "\""));
            }
        }
        int filings = COPIES * samples.size();

        Path killed = dir.resolve("killed.sqlite");
        Process first = load(in, killed);
        while (first.isAlive() && filingCount(killed) < 40) {
            Thread.sleep(20);
        }
        assertTrue(first.isAlive(), "the load ended before it could be killed");
        first.destroyForcibly().waitFor();
        int done = filingCount(killed);
        assertTrue(done >= 40 && done < filings, done + " filings loaded when killed");

        Path clean = dir.resolve("clean.sqlite");
        assertEquals(0, load(in, clean).waitFor());
        Map<String, List<String>> whole = AuditTablesDump.of(clean);
        assertEquals(filings, whole.get("filings").size());
        // every filing the killed load left is whole: its rows are those of the uninterrupted load
        Map<String, List<String>> partial = AuditTablesDump.of(killed);
        List<String> loaded = partial.get("filings").stream().map(row -> row.substring(0, row.indexOf(" | "))).toList();
        for (Table table : AuditTables.FILING_TABLES) {
            assertEquals(whole.get(table.name()).stream().filter(row -> loaded.contains(row.substring(0, row.indexOf(" | ")))).toList(),
                    partial.get(table.name()), table.name());
        }

        assertEquals(0, load(in, killed).waitFor());
        assertEquals(whole, AuditTablesDump.of(killed));
        assertTrue(Files.readString(dir.resolve("stderr.txt")).isEmpty());
    }

    private Process load(Path in, Path db) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString(), "load",
                in.toString(), "--db", db.toString(), "--quiet"));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("stderr.txt").toFile()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Filings loaded so far, while a load may be writing (0 when the database is not readable yet). */
    private static int filingCount(Path db) {
        if (!Files.exists(db)) {
            return 0;
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT count(*) FROM filings")) {
            return result.next() ? result.getInt(1) : 0;
        } catch (SQLException e) {
            return 0; // not created yet, or locked by the writer for a moment
        }
    }
}
