package org.perftable.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perftable.store.AuditTables;
import org.perftable.store.Table;

/**
 * {@code perftable load} and {@code export} on the command line: JSON files, JSON Lines and filings
 * converted on the fly give the same tables; a bad input fails alone; export writes every table.
 */
class LoadCommandTest {

    private static final Path SEEDS = Path.of("..", "samples", "seeds").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private final CapturedRun printed = new CapturedRun();

    @Test
    void jsonFilesJsonLinesAndConvertedFilingsGiveTheSameTables() throws Exception {
        Path fromJson = dir.resolve("json.sqlite");
        assertEquals(0, printed.run("load", SEEDS.toString(), "--db", fromJson.toString()), printed.err());
        assertTrue(printed.err().contains("perftable: 5 filings in "), printed.err());
        assertTrue(printed.err().contains("5 added, 0 replaced, 0 unchanged, 0 failed"), printed.err());

        Path jsonl = dir.resolve("all.jsonl");
        assertEquals(0, printed.run("extract", SEEDS.toString(), "--jsonl", jsonl.toString(), "-q"));
        Path fromJsonl = dir.resolve("jsonl.sqlite");
        assertEquals(0, printed.run("load", "--jsonl", jsonl.toString(), "--db", fromJsonl.toString()));

        Path converted = dir.resolve("converted.sqlite");
        assertEquals(0, printed.run("load", "--convert", SEEDS.toString(), "--db", converted.toString()));

        Map<String, List<String>> expected = AuditTablesDump.of(fromJson);
        assertEquals(5, AuditTablesDump.count(fromJson, "filings"));
        assertEquals(expected, AuditTablesDump.of(fromJsonl));
        assertEquals(expected, AuditTablesDump.of(converted));

        assertEquals(0, printed.run("load", SEEDS.toString(), "--db", fromJson.toString()));
        assertTrue(printed.err().contains("0 added, 0 replaced, 5 unchanged, 0 failed"), printed.err());
        assertEquals(expected, AuditTablesDump.of(fromJson));
    }

    @Test
    void aBadInputFailsAloneAndIsNamed() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(SEEDS.resolve("002.txt.json"), in.resolve("002.txt.json"));
        Files.writeString(in.resolve("broken.json"), "{\"schema\": ", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("other.json"), "{\"a\": 1}", StandardCharsets.UTF_8);
        Path db = dir.resolve("audit.sqlite");
        assertEquals(ExtractCommand.FAILED, printed.run("load", in.toString(), "--db", db.toString()));
        assertTrue(printed.err().contains(in.resolve("broken.json") + ": not JSON"), printed.err());
        assertTrue(printed.err().contains(in.resolve("other.json") + ": not a perftable filing"), printed.err());
        assertEquals(1, AuditTablesDump.count(db, "filings"));
    }

    @Test
    void aDatabaseThatCannotBeOpenedExitsWith3() {
        assertEquals(ExtractCommand.OUTPUT_UNWRITABLE,
                printed.run("load", SEEDS.toString(), "--db", dir.resolve("no/such/dir/audit.sqlite").toString()));
        assertTrue(printed.err().contains("cannot open database"), printed.err());
    }

    @Test
    void exportWritesEveryTable() throws Exception {
        Path db = dir.resolve("audit.sqlite");
        assertEquals(0, printed.run("load", SEEDS.toString(), "--db", db.toString(), "-q"));
        Path csv = dir.resolve("csv");
        Path xlsx = dir.resolve("audit.xlsx");
        assertEquals(0, printed.run("export", "--db", db.toString(), "--csv", csv.toString(), "--xlsx", xlsx.toString()));
        for (Table table : AuditTables.ALL) {
            List<String> lines = Files.readAllLines(csv.resolve(table.name() + ".csv"));
            assertTrue(lines.get(0).startsWith("\uFEFF" + table.columns().get(0).name()), table.name());
        }
        assertTrue(Files.size(xlsx) > 0);
        assertEquals(ExtractCommand.OUTPUT_UNWRITABLE, printed.run("export", "--db", dir.resolve("none.sqlite").toString(),
                "--csv", csv.toString()));
        assertEquals(2, printed.run("export", "--db", db.toString()));
    }
}
