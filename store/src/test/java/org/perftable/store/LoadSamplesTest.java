package org.perftable.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every sample filing loaded into a real database: each table holds one row per record of the JSON,
 * with the JSON's values; a second load changes nothing; a changed filing has exactly its rows
 * replaced. Run against SQLite and against PostgreSQL by the subclasses.
 */
abstract class LoadSamplesTest {

    @TempDir
    Path directory;

    /** A database with no audit tables yet. */
    abstract String emptyDatabase() throws Exception;

    @Test
    void everyTableHoldsEveryRecordWithItsValues() throws Exception {
        List<JsonNode> filings = Samples.filings();
        try (AuditDatabase database = AuditDatabase.open(emptyDatabase())) {
            for (JsonNode filing : filings) {
                assertEquals(LoadOutcome.ADDED, database.load(FilingRows.of(filing)));
            }
            Map<String, Map<String, Map<String, String>>> tables = new HashMap<>();
            for (Table table : AuditTables.FILING_TABLES) {
                tables.put(table.name(), rowsByKey(database, table));
            }
            Map<String, Map<String, Map<String, Object>>> expected = expected(filings);
            for (Table table : AuditTables.FILING_TABLES) {
                Map<String, Map<String, Object>> want = expected.get(table.name());
                Map<String, Map<String, String>> have = tables.get(table.name());
                assertEquals(want.keySet(), have.keySet(), table.name() + " rows");
                for (Map.Entry<String, Map<String, Object>> row : want.entrySet()) {
                    for (Map.Entry<String, Object> column : row.getValue().entrySet()) {
                        assertSame(column.getValue(), have.get(row.getKey()).get(column.getKey()),
                                table.name() + " " + row.getKey() + " " + column.getKey());
                    }
                }
            }
            assertEquals(1, count(database, "SELECT count(*) FROM schema_version WHERE version = " + AuditTables.VERSION));
        }
    }

    @Test
    void loadingTwiceChangesNothing() throws Exception {
        List<JsonNode> filings = Samples.filings();
        try (AuditDatabase database = AuditDatabase.open(emptyDatabase())) {
            for (JsonNode filing : filings) {
                database.load(FilingRows.of(filing));
            }
            Map<String, List<String>> once = TableDump.of(database.connection());
            for (JsonNode filing : filings) {
                assertEquals(LoadOutcome.UNCHANGED, database.load(FilingRows.of(filing)));
            }
            assertEquals(once, TableDump.of(database.connection()));
        }
    }

    @Test
    void aChangedFilingHasExactlyItsRowsReplaced() throws Exception {
        List<JsonNode> filings = Samples.filings();
        // a filing whose first form holds indicators itself, whatever the order of the samples
        JsonNode changed = filings.stream().filter(f -> !f.at("/forms/0/indicators").isEmpty()).findFirst()
                .orElseThrow().deepCopy();
        String path = changed.at("/source/file").asText();
        // a later conversion of the same file: an indicator less, another target, a warning more
        ObjectNode form = (ObjectNode) changed.at("/forms/0");
        ((com.fasterxml.jackson.databind.node.ArrayNode) form.get("indicators")).remove(0);
        ((com.fasterxml.jackson.databind.node.ArrayNode) form.get("warnings"))
                .addObject().put("code", "row_realigned").put("message", "changed").putNull("page").putNull("record");
        try (AuditDatabase database = AuditDatabase.open(emptyDatabase());
                AuditDatabase alone = AuditDatabase.open(directory.resolve("alone.sqlite").toString())) {
            for (JsonNode filing : filings) {
                database.load(FilingRows.of(filing));
            }
            Map<String, List<String>> before = TableDump.of(database.connection());
            assertEquals(LoadOutcome.REPLACED, database.load(FilingRows.of(changed)));
            Map<String, List<String>> after = TableDump.of(database.connection());
            alone.load(FilingRows.of(changed));
            Map<String, List<String>> changedAlone = TableDump.of(alone.connection());
            for (Table table : AuditTables.FILING_TABLES) {
                String name = table.name();
                assertEquals(others(before.get(name), path), others(after.get(name), path), name + ": other filings");
                assertEquals(mine(changedAlone.get(name), path), mine(after.get(name), path), name + ": " + path);
            }
            assertNotEquals(mine(before.get("indicators"), path), mine(after.get("indicators"), path));
        }
    }

    private static List<String> others(List<String> rows, String path) {
        return rows.stream().filter(r -> !r.startsWith(path + " | ")).toList();
    }

    private static List<String> mine(List<String> rows, String path) {
        return rows.stream().filter(r -> r.startsWith(path + " | ")).toList();
    }

    private static void assertSame(Object expected, String actual, String message) {
        if (expected instanceof BigDecimal number) {
            assertEquals(0, number.compareTo(new BigDecimal(actual)), message + ": " + number + " vs " + actual);
        } else if (expected instanceof JsonNode json) {
            try {
                assertEquals(json, FilingRows.JSON.readTree(actual), message);
            } catch (java.io.IOException e) {
                throw new AssertionError(message + ": not JSON: " + actual, e);
            }
        } else {
            assertEquals(expected == null ? null : expected.toString(), actual, message);
        }
    }

    static long count(AuditDatabase database, String sql) throws SQLException {
        try (Statement statement = database.connection().createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** Rows by path and id (path and seq for warnings), each as column → text. */
    private static Map<String, Map<String, String>> rowsByKey(AuditDatabase database, Table table) throws SQLException {
        Map<String, Map<String, String>> rows = new HashMap<>();
        try (Statement statement = database.connection().createStatement();
                ResultSet result = statement.executeQuery(table.selectStatement())) {
            while (result.next()) {
                Map<String, String> row = new HashMap<>();
                for (int c = 1; c <= table.width(); c++) {
                    row.put(table.columns().get(c - 1).name(), result.getString(c));
                }
                rows.put(row.get("path") + " " + row.get(table.key().get(table.key().size() - 1)), row);
            }
        }
        return rows;
    }

    /** What each table must hold, read from the JSON by the tables' own keys, independently of FilingRows. */
    private static Map<String, Map<String, Map<String, Object>>> expected(List<JsonNode> filings) {
        Map<String, Map<String, Map<String, Object>>> tables = new HashMap<>();
        for (Table table : AuditTables.FILING_TABLES) {
            tables.put(table.name(), new LinkedHashMap<>());
        }
        for (JsonNode filing : filings) {
            String path = filing.at("/source/file").asText();
            tables.get("filings").put(path + " " + path, row("sha256", filing.at("/source/sha256").asText(),
                    "format", filing.at("/source/format").asText(), "pages", filing.at("/source/pages").asText(),
                    "forms", String.valueOf(filing.get("forms").size())));
            List<JsonNode> warnings = new ArrayList<>();
            filing.get("warnings").forEach(warnings::add);
            for (JsonNode form : filing.get("forms")) {
                put(tables, "forms", path, form, f -> row("type", text(f, "type"), "title", text(f, "title"),
                        "department", text(f, "department"), "department_key", text(f, "department_key"),
                        "unit", text(f, "unit"), "fields", f.get("fields")));
                form.get("budget").forEach(line -> put(tables, "budget_lines", path, line, l -> budget(l, form)));
                form.get("goals").forEach(goal -> put(tables, "goals", path, goal, g -> goal(g, form, null)));
                form.get("tasks").forEach(task -> put(tables, "tasks", path, task, t -> row("form_id", text(form, "id"),
                        "name", text(t, "name"), "content", text(t, "content"), "amount", decimal(t, "amount"),
                        "raw", text(t, "raw"), "expected", text(t, "expected"), "page", text(t, "page"))));
                form.get("indicators").forEach(i -> put(tables, "indicators", path, i, x -> indicator(x, form, null)));
                for (JsonNode project : form.get("projects")) {
                    put(tables, "projects", path, project, p -> row("form_id", text(form, "id"), "name", text(p, "name"),
                            "code", text(p, "code"), "category", text(p, "category"), "page", text(p, "page"),
                            "fields", p.get("fields"), "choices", p.get("choices")));
                    project.get("funding").forEach(line -> put(tables, "funding", path, line, l -> {
                        Map<String, Object> row = budget(l, form);
                        row.put("project_id", text(project, "id"));
                        return row;
                    }));
                    project.get("goals").forEach(goal -> put(tables, "goals", path, goal, g -> goal(g, form, project)));
                    project.get("indicators").forEach(i -> put(tables, "indicators", path, i, x -> indicator(x, form, project)));
                    project.get("details").forEach(d -> put(tables, "details", path, d, x -> cells(x, project)));
                    project.get("purchases").forEach(d -> put(tables, "purchases", path, d, x -> cells(x, project)));
                }
                form.get("warnings").forEach(warnings::add);
            }
            int checkSeq = 0;
            for (JsonNode form : filing.get("forms")) {
                for (JsonNode check : form.get("checks")) {
                    tables.get("checks").put(path + " " + checkSeq++, row("form_id", text(form, "id"),
                            "rule", text(check, "rule"), "status", text(check, "status"),
                            "message", text(check, "message"), "expected", text(check, "expected"),
                            "actual", text(check, "actual"),
                            "record_id", check.get("records").isEmpty() ? null : check.get("records").get(0).asText(),
                            "records", check.get("records")));
                }
            }
            for (int seq = 0; seq < warnings.size(); seq++) {
                JsonNode w = warnings.get(seq);
                tables.get("warnings").put(path + " " + seq, row("code", text(w, "code"), "message", text(w, "message"),
                        "page", text(w, "page"), "record_id", text(w, "record")));
            }
        }
        return tables;
    }

    private static void put(Map<String, Map<String, Map<String, Object>>> tables, String table, String path,
            JsonNode record, Function<JsonNode, Map<String, Object>> columns) {
        Map<String, Object> row = columns.apply(record);
        Object previous = tables.get(table).put(path + " " + record.get("id").asText(), row);
        assertEquals(null, previous, table + ": id " + record.get("id") + " twice in " + path);
    }

    private static Map<String, Object> budget(JsonNode line, JsonNode form) {
        return row("form_id", text(form, "id"), "group_name", text(line, "group"), "item", text(line, "item"),
                "amount", decimal(line, "amount"), "raw", text(line, "raw"), "page", text(line, "page"),
                "columns", line.get("columns"));
    }

    private static Map<String, Object> goal(JsonNode goal, JsonNode form, JsonNode project) {
        return row("form_id", text(form, "id"), "project_id", project == null ? null : text(project, "id"),
                "kind", text(goal, "kind"), "goal_seq", text(goal, "seq"), "text", text(goal, "text"),
                "page", text(goal, "page"));
    }

    private static Map<String, Object> indicator(JsonNode i, JsonNode form, JsonNode project) {
        JsonNode target = i.get("target");
        JsonNode targets = i.get("targets");
        return row("form_id", text(form, "id"), "project_id", project == null ? null : text(project, "id"),
                "page", text(i, "page"), "level1", text(i, "level1"), "level1_code", text(i, "level1_code"),
                "level2", text(i, "level2"), "level2_code", text(i, "level2_code"), "level3", text(i, "level3"),
                "key", text(i, "key"), "basis", text(i, "basis"), "targets", targets,
                "goal_kind", text(i.path("goal"), "kind"),
                "value_raw", text(targets.path("value"), "raw"), "expected_raw", text(targets.path("expected"), "raw"),
                "annual_raw", text(targets.path("annual"), "raw"), "period_raw", text(targets.path("period"), "raw"),
                "target_kind", text(target, "kind"), "target_raw", text(target, "raw"),
                "target_number", decimal(target, "number"), "target_unit", text(target, "unit"),
                "period_target_kind", text(i.get("period_target"), "kind"));
    }

    private static Map<String, Object> cells(JsonNode row, JsonNode project) {
        ObjectNode cells = row.deepCopy();
        cells.remove("id");
        return row("project_id", text(project, "id"), "cells", cells);
    }

    private static Map<String, Object> row(Object... columnsAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            row.put((String) columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return row;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.decimalValue();
    }
}
