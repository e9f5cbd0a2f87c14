package org.perftable.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's six audit questions, copied from the README as they stand, run against the seed and
 * constructed samples loaded as the README says, each giving the row count the README states.
 */
abstract class ReadmeQueriesTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Pattern QUERY = Pattern.compile("```sql\\n(.*?)\\n```\\n→ (\\d+) rows", Pattern.DOTALL);

    @TempDir
    Path directory;

    abstract String emptyDatabase() throws Exception;

    record Query(String sql, int rows) {
    }

    static List<Query> queries() throws IOException {
        List<Query> queries = new ArrayList<>();
        Matcher m = QUERY.matcher(Files.readString(README));
        while (m.find()) {
            queries.add(new Query(m.group(1), Integer.parseInt(m.group(2))));
        }
        return queries;
    }

    @Test
    void eachQueryGivesTheCountTheReadmeStates() throws Exception {
        List<Query> queries = queries();
        assertEquals(6, queries.size(), "six questions with their counts in README.md");
        try (AuditDatabase database = AuditDatabase.open(emptyDatabase())) {
            List<Path> files;
            try (Stream<Path> walk = Stream.concat(Files.list(Samples.DIRECTORY.resolve("seeds")),
                    Files.list(Samples.DIRECTORY.resolve("constructed")))) {
                files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            }
            assertEquals(6, files.size());
            for (Path file : files) {
                database.load(FilingRows.of(FilingRows.JSON.readTree(file.toFile())));
            }
            for (Query query : queries) {
                int rows = 0;
                try (Statement statement = database.connection().createStatement();
                        ResultSet result = statement.executeQuery(query.sql().replaceFirst(";\\s*$", ""))) {
                    while (result.next()) {
                        rows++;
                    }
                }
                assertEquals(query.rows(), rows, query.sql());
            }
        }
    }

    @Test
    void readmeDocumentsEveryTableAndColumn() throws IOException {
        String readme = Files.readString(README);
        for (Table table : AuditTables.ALL) {
            int at = readme.indexOf("**`" + table.name() + "`**");
            assertTrue(at >= 0, table.name());
            for (Column column : table.columns()) {
                assertTrue(readme.indexOf("| `" + column.name() + "` | " + column.type() + " | " + column.description() + " |", at) > at,
                        table.name() + "." + column.name());
            }
        }
        for (String statement : AuditDatabase.ddl()) {
            assertTrue(readme.contains(statement + ";"), statement);
        }
    }
}
