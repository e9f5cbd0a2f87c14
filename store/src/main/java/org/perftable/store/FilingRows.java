package org.perftable.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One filing's JSON cut into the rows of the audit tables, in the tables' column order. Values are
 * taken as the JSON has them: text as printed, numbers as exact decimals, open objects as JSON text.
 */
public final class FilingRows {

    /** Reads numbers as exact decimals and writes them back without exponent. */
    public static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private final String path;
    private final String sha256;
    private final String documentSha256;
    private final Map<Table, List<Object[]>> rows = new LinkedHashMap<>();
    private int seq;
    private int indicatorCount;
    private int warningCount;

    private FilingRows(JsonNode filing) {
        this.path = filing.at("/source/file").asText();
        this.sha256 = filing.at("/source/sha256").asText();
        this.documentSha256 = sha256Of(json(filing));
        for (Table table : AuditTables.FILING_TABLES) {
            rows.put(table, new ArrayList<>());
        }
        read(filing);
    }

    /** The rows of a filing document; fails on a document without source.file and source.sha256. */
    public static FilingRows of(JsonNode filing) {
        if (!filing.at("/source/file").isTextual() || !filing.at("/source/sha256").isTextual()) {
            throw new IllegalArgumentException("not a perftable filing: no source.file and source.sha256");
        }
        return new FilingRows(filing);
    }

    public String path() {
        return path;
    }

    public String documentSha256() {
        return documentSha256;
    }

    public Map<Table, List<Object[]>> rows() {
        return rows;
    }

    public int rowCount() {
        return rows.values().stream().mapToInt(List::size).sum();
    }

    private void read(JsonNode filing) {
        JsonNode forms = filing.path("forms");
        int warningSeq = 0;
        int checkSeq = 0;
        for (JsonNode warning : filing.path("warnings")) {
            add(AuditTables.WARNINGS, path, warningSeq++, null, text(warning, "code"), text(warning, "message"),
                    integer(warning, "page"), text(warning, "record"));
        }
        for (JsonNode form : forms) {
            String formId = text(form, "id");
            add(AuditTables.FORMS, path, formId, seq++, text(form, "type"), text(form, "title"),
                    form.path("pages").path(0).isInt() ? form.path("pages").path(0).asInt() : null,
                    json(form.get("pages")), text(form, "department"), text(form, "department_key"),
                    text(form, "unit"), json(form.get("fields")));
            for (JsonNode line : form.path("budget")) {
                add(AuditTables.BUDGET_LINES, path, text(line, "id"), seq++, formId, text(line, "group"),
                        text(line, "item"), decimal(line, "amount"), text(line, "raw"), json(line.get("columns")),
                        integer(line, "page"));
            }
            goals(form.path("goals"), formId, null);
            for (JsonNode task : form.path("tasks")) {
                add(AuditTables.TASKS, path, text(task, "id"), seq++, formId, text(task, "name"),
                        text(task, "content"), decimal(task, "amount"), text(task, "raw"), text(task, "expected"),
                        integer(task, "page"));
            }
            for (JsonNode project : form.path("projects")) {
                project(project, formId);
            }
            indicators(form.path("indicators"), formId, null);
            for (JsonNode warning : form.path("warnings")) {
                add(AuditTables.WARNINGS, path, warningSeq++, formId, text(warning, "code"),
                        text(warning, "message"), integer(warning, "page"), text(warning, "record"));
            }
            for (JsonNode check : form.path("checks")) {
                add(AuditTables.CHECKS, path, checkSeq++, formId, text(check, "rule"), text(check, "status"),
                        text(check, "message"), text(check, "expected"), text(check, "actual"),
                        firstId(check.path("records")), json(check.get("records")));
            }
        }
        warningCount = warningSeq;
        rows.get(AuditTables.FILINGS).add(new Object[] {path, sha256, documentSha256, text(filing, "schema"),
                text(filing.path("source"), "format"), integer(filing.path("source"), "pages"), forms.size(),
                indicatorCount, warningCount});
    }

    private void project(JsonNode project, String formId) {
        String projectId = text(project, "id");
        add(AuditTables.PROJECTS, path, projectId, seq++, formId, text(project, "name"), text(project, "code"),
                text(project, "category"), json(project.get("fields")), json(project.get("choices")),
                integer(project, "page"));
        for (JsonNode line : project.path("funding")) {
            add(AuditTables.FUNDING, path, text(line, "id"), seq++, formId, projectId, text(line, "group"),
                    text(line, "item"), decimal(line, "amount"), text(line, "raw"), json(line.get("columns")),
                    integer(line, "page"));
        }
        cells(AuditTables.DETAILS, project.path("details"), formId, projectId);
        cells(AuditTables.PURCHASES, project.path("purchases"), formId, projectId);
        goals(project.path("goals"), formId, projectId);
        indicators(project.path("indicators"), formId, projectId);
    }

    private void goals(JsonNode goals, String formId, String projectId) {
        for (JsonNode goal : goals) {
            add(AuditTables.GOALS, path, text(goal, "id"), seq++, formId, projectId, text(goal, "kind"),
                    integer(goal, "seq"), text(goal, "text"), text(goal, "period"), integer(goal, "page"));
        }
    }

    private void cells(Table table, JsonNode rowsOfCells, String formId, String projectId) {
        for (JsonNode row : rowsOfCells) {
            ObjectNode cells = ((ObjectNode) row).deepCopy();
            cells.remove("id");
            add(table, path, text(row, "id"), seq++, formId, projectId, json(cells));
        }
    }

    private void indicators(JsonNode indicators, String formId, String projectId) {
        for (JsonNode indicator : indicators) {
            indicatorCount++;
            JsonNode targets = indicator.path("targets");
            JsonNode target = indicator.path("target");
            JsonNode periodTarget = indicator.path("period_target");
            JsonNode core = indicator.path("core");
            add(AuditTables.INDICATORS, path, sha256, text(indicator, "id"), seq++, formId, projectId,
                    integer(indicator, "page"), text(indicator.path("goal"), "kind"),
                    integer(indicator.path("goal"), "seq"),
                    text(indicator, "level1"), text(indicator, "level1_code"), decimal(indicator, "level1_score"),
                    text(indicator, "level2"), text(indicator, "level2_code"), text(indicator, "level3"),
                    text(indicator, "key"), core.isBoolean() ? (core.asBoolean() ? 1 : 0) : null,
                    text(indicator, "period"), decimal(indicator, "weight"),
                    text(targets.path("value"), "raw"), text(targets.path("annual"), "raw"),
                    text(targets.path("period"), "raw"), text(targets.path("prior2"), "raw"),
                    text(targets.path("prior1"), "raw"), text(targets.path("expected"), "raw"),
                    json(indicator.get("targets")),
                    text(target, "from"), text(target, "kind"), text(target, "raw"), decimal(target, "number"),
                    decimal(target, "max"), text(target, "unit"),
                    target.path("parts").isEmpty() ? null : json(target.get("parts")),
                    text(periodTarget, "kind"), text(periodTarget, "raw"), decimal(periodTarget, "number"),
                    decimal(periodTarget, "max"), text(periodTarget, "unit"),
                    text(indicator, "basis"), json(indicator.get("extra")));
        }
    }

    private void add(Table table, Object... values) {
        if (values.length != table.width()) {
            throw new IllegalStateException(table.name() + ": " + values.length + " values for " + table.width()
                    + " columns");
        }
        rows.get(table).add(values);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText() : null;
    }

    private static String firstId(JsonNode records) {
        JsonNode value = records.path(0);
        return value.isTextual() ? value.asText() : null;
    }

    private static Integer integer(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.canConvertToInt() ? value.asInt() : null;
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNumber() ? value.decimalValue() : null;
    }

    /** Compact JSON text of a node, null for a missing or null one. */
    private static String json(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON node", e);
        }
    }

    private static String sha256Of(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
