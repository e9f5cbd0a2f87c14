package org.perftable.store;

import static org.perftable.store.ColumnType.INTEGER;
import static org.perftable.store.ColumnType.NUMERIC;
import static org.perftable.store.ColumnType.TEXT;

import java.util.ArrayList;
import java.util.List;

/**
 * The relational schema a filing is loaded into: one table per kind of record, one row per record,
 * keyed by the filing's path and the record's id. Open objects of the JSON (fields, columns, cells,
 * targets, extra) are kept whole as JSON text beside the flat columns, so nothing printed is lost.
 */
public final class AuditTables {

    /** Bumped when a table or column changes; a database of another version is refused. */
    public static final int VERSION = 2;

    public static final Table SCHEMA_VERSION = new Table("schema_version",
            "The version of this schema the database holds.",
            List.of(new Column("version", INTEGER, "Schema version, 2 (1 had no checks table).")), List.of(), List.of());

    public static final Table FILINGS = new Table("filings", "One row per filing (file read).",
            List.of(
                    path(),
                    new Column("sha256", TEXT, "SHA-256 of the file's bytes (source.sha256): the filing's own id."),
                    new Column("document_sha256", TEXT, "SHA-256 of the filing's JSON as loaded: a load replaces the filing's rows when this changes, keeps them when not."),
                    new Column("schema", TEXT, "The JSON's schema, perftable/filing@1."),
                    new Column("format", TEXT, "Format the file was read as (txt, pdf, docx …)."),
                    new Column("pages", INTEGER, "Number of pages in the file."),
                    new Column("forms", INTEGER, "Number of forms recognised."),
                    new Column("indicators", INTEGER, "Number of indicators, those of forms and projects together."),
                    new Column("warnings", INTEGER, "Number of warnings, the filing's and its forms'.")),
            List.of("path"), List.of("path"));

    public static final Table FORMS = new Table("forms", "One row per recognised form.",
            List.of(
                    path(), id("f0"), seq(),
                    new Column("type", TEXT, "Kind of form: department_budget_targets, department_expenditure_targets, project_expenditure_targets, transfer_payment_targets."),
                    new Column("title", TEXT, "The form's title as printed."),
                    new Column("first_page", INTEGER, "First page the form is printed on."),
                    new Column("pages", TEXT, "Pages the form is printed on, JSON array."),
                    new Column("department", TEXT, "Department as printed, null when not printed."),
                    new Column("department_key", TEXT, "Department normalised for grouping (no code, no （部门）)."),
                    new Column("unit", TEXT, "Unit of the form's amounts as printed (万元, 元)."),
                    new Column("fields", TEXT, "Further labelled header fields, JSON object by printed label.")),
            List.of("path", "id"), List.of("path", "seq"));

    public static final Table PROJECTS = new Table("projects", "One row per project: a project form, a row of a project table, or a row of 项目支出情况.",
            List.of(
                    path(), id("f0/p1"), seq(), formId(),
                    new Column("name", TEXT, "The project's name as printed."),
                    new Column("code", TEXT, "The project's code (项目编码) without white space."),
                    new Column("category", TEXT, "The project's category as printed."),
                    new Column("fields", TEXT, "Further labelled fields, JSON object by printed label."),
                    new Column("choices", TEXT, "Checkbox groups, JSON object: label → [{option, checked}]."),
                    page("Page the project starts on.")),
            List.of("path", "id"), List.of("path", "seq"));

    public static final Table BUDGET_LINES = new Table("budget_lines", "One row per line of a form's budget table.",
            budgetColumns("f0/b3", false), List.of("path", "id"), List.of("path", "seq"));

    public static final Table FUNDING = new Table("funding", "One row per line of a project's funding table.",
            budgetColumns("f0/p1/fu0", true), List.of("path", "id"), List.of("path", "seq"));

    public static final Table TASKS = new Table("tasks", "One row per row of 年度重点工作任务.",
            List.of(
                    path(), id("f0/t1"), seq(), formId(),
                    new Column("name", TEXT, "The task's name as printed."),
                    new Column("content", TEXT, "The task's content as printed."),
                    new Column("amount", NUMERIC, "Planned funds in the form's unit, null when empty or not a number."),
                    new Column("raw", TEXT, "Planned funds as printed."),
                    new Column("expected", TEXT, "Expected result as printed."),
                    page("Page the row is printed on.")),
            List.of("path", "id"), List.of("path", "seq"));

    public static final Table GOALS = new Table("goals", "One row per performance goal, of a form or of a project.",
            List.of(
                    path(), id("f0/g2, f0/p1/g0"), seq(), formId(), projectId(),
                    new Column("kind", TEXT, "overall, long_term, annual or implementation_period."),
                    new Column("goal_seq", INTEGER, "The goal's number as printed (目标2 → 2), or its position."),
                    new Column("text", TEXT, "The goal as printed."),
                    new Column("period", TEXT, "The printed period of an implementation-period goal (2024年—2026年)."),
                    page("Page the goal is printed on.")),
            List.of("path", "id"), List.of("path", "seq"));

    public static final Table INDICATORS = new Table("indicators", "One row per 三级 indicator, of a form or of a project.",
            List.of(
                    path(),
                    new Column("sha256", TEXT, "SHA-256 of the filing's file."),
                    id("f0/i3, f0/p1/i7"), seq(), formId(), projectId(),
                    page("Page the indicator is printed on."),
                    new Column("goal_kind", TEXT, "Kind of the goal the indicator serves, null when none."),
                    new Column("goal_seq", INTEGER, "Seq of the goal the indicator serves."),
                    new Column("level1", TEXT, "一级指标 as printed."),
                    new Column("level1_code", TEXT, "Standard 一级 category: output, effect, satisfaction, cost; null when none fits."),
                    new Column("level1_score", NUMERIC, "Score printed with the 一级 name (产出指标（50分） → 50)."),
                    new Column("level2", TEXT, "二级指标 as printed."),
                    new Column("level2_code", TEXT, "Standard 二级 category: quantity, quality, timeliness, cost, economic, social, ecological, sustainability, service_satisfaction, economic_cost, social_cost, ecological_cost."),
                    new Column("level3", TEXT, "三级指标 as printed."),
                    new Column("key", TEXT, "Key grouping the same indicator printed differently across filings."),
                    new Column("core", INTEGER, "1 when the row is marked ★ (core indicator), 0 when not, null when the JSON does not say."),
                    new Column("period", TEXT, "implementation_period or annual when one table holds both column groups, else null."),
                    new Column("weight", NUMERIC, "Number of a 权重 or 分值 column."),
                    new Column("value_raw", TEXT, "Printed 指标值 (targets.value)."),
                    new Column("annual_raw", TEXT, "Printed 年度指标值 (targets.annual)."),
                    new Column("period_raw", TEXT, "Printed 实施期指标值 (targets.period)."),
                    new Column("prior2_raw", TEXT, "Printed 前年实际值 (targets.prior2)."),
                    new Column("prior1_raw", TEXT, "Printed 上年实际值 (targets.prior1)."),
                    new Column("expected_raw", TEXT, "Printed 本年预期值 (targets.expected)."),
                    new Column("targets", TEXT, "Every printed target with its parsed op, number and unit, JSON object by column."),
                    new Column("target_from", TEXT, "Which printed target the comparable target is: annual, value or expected."),
                    new Column("target_kind", TEXT, "lower_bound, upper_bound, exact, range, qualitative or compound."),
                    new Column("target_raw", TEXT, "The comparable target as printed."),
                    new Column("target_number", NUMERIC, "Its bound or exact value; the lower end of a range."),
                    new Column("target_max", NUMERIC, "The upper end of a range."),
                    new Column("target_unit", TEXT, "Its unit (%, 人次)."),
                    new Column("target_parts", TEXT, "The conditions of a compound target, JSON array of {raw, op, number, unit}."),
                    new Column("period_target_kind", TEXT, "Kind of the implementation-period target."),
                    new Column("period_target_raw", TEXT, "The implementation-period target as printed."),
                    new Column("period_target_number", NUMERIC, "Its bound or exact value; the lower end of a range."),
                    new Column("period_target_max", NUMERIC, "The upper end of a range."),
                    new Column("period_target_unit", TEXT, "Its unit."),
                    new Column("basis", TEXT, "指标值确定依据 as printed."),
                    new Column("extra", TEXT, "Further printed columns (权重, 指标解释, 评分标准 …), JSON object by printed header.")),
            List.of("path", "id"), List.of("path", "seq"));

    public static final Table DETAILS = new Table("details", "One row per row of a project's 项目支出明细测算.",
            cellColumns("f0/p1/d0"), List.of("path", "id"), List.of("path", "seq"));

    public static final Table PURCHASES = new Table("purchases", "One row per row of a project's 项目采购.",
            cellColumns("f0/p1/pu0"), List.of("path", "id"), List.of("path", "seq"));

    public static final Table WARNINGS = new Table("warnings", "One row per warning, the filing's and its forms'.",
            List.of(
                    path(),
                    new Column("seq", INTEGER, "Position among the filing's warnings: the filing's own first, then each form's."),
                    new Column("form_id", TEXT, "The form whose warnings list holds it, null for the filing's own."),
                    new Column("code", TEXT, "Stable code (level1_inferred, unplaced_cell …)."),
                    new Column("message", TEXT, "What happened, naming the printed text."),
                    new Column("page", INTEGER, "The page concerned, null for the whole file."),
                    new Column("record_id", TEXT, "Id of the record the warning concerns, null when none or unknown.")),
            List.of("path", "seq"), List.of("path", "seq"));

    public static final Table CHECKS = new Table("checks", "One row per audit check of a form.",
            List.of(
                    path(),
                    new Column("seq", INTEGER, "Position among the filing's checks, form by form."),
                    formId(),
                    new Column("rule", TEXT, "The rule's id (sum.total, completeness.level1 …), as in the README's rule table."),
                    new Column("status", TEXT, "pass, fail or not_applicable."),
                    new Column("message", TEXT, "What was compared, naming the printed labels, and the difference found."),
                    new Column("expected", TEXT, "What the rule expects (a sum as a decimal, a required category), null when nothing."),
                    new Column("actual", TEXT, "What the form prints, null when nothing."),
                    new Column("record_id", TEXT, "Id of the first record compared (the total of a sum, the failing indicator), null when none."),
                    new Column("records", TEXT, "Ids of every record compared, JSON array.")),
            List.of("path", "seq"), List.of("path", "seq"));

    /** Every table, in load order. */
    public static final List<Table> ALL = List.of(SCHEMA_VERSION, FILINGS, FORMS, PROJECTS, BUDGET_LINES, FUNDING,
            TASKS, GOALS, INDICATORS, DETAILS, PURCHASES, WARNINGS, CHECKS);

    /** The tables that hold a filing's rows. */
    public static final List<Table> FILING_TABLES = ALL.subList(1, ALL.size());

    private AuditTables() {
    }

    private static Column path() {
        return new Column("path", TEXT, "The filing's file (source.file): relative to the directory converted, or as named.");
    }

    private static Column id(String example) {
        return new Column("id", TEXT, "The record's id within its filing (" + example + ").");
    }

    private static Column seq() {
        return new Column("seq", INTEGER, "Position of the row in its filing's document, for ordering.");
    }

    private static Column formId() {
        return new Column("form_id", TEXT, "Id of the form the record belongs to.");
    }

    private static Column projectId() {
        return new Column("project_id", TEXT, "Id of the project the record belongs to, null for a form's own.");
    }

    private static Column page(String description) {
        return new Column("page", INTEGER, description);
    }

    private static List<Column> budgetColumns(String example, boolean inProject) {
        List<Column> columns = new ArrayList<>(List.of(path(), id(example), seq(), formId()));
        if (inProject) {
            columns.add(projectId());
        }
        columns.addAll(List.of(
                new Column("group_name", TEXT, "The heading the line sits under (收入来源, 项目资金来源 …), JSON group."),
                new Column("item", TEXT, "The line's label."),
                new Column("amount", NUMERIC, "Amount in the form's unit, null when empty or not a number."),
                new Column("raw", TEXT, "The amount as printed."),
                new Column("columns", TEXT, "Further columns (占比, 前年, 上年), JSON object by printed header."),
                page("Page the line is printed on.")));
        return List.copyOf(columns);
    }

    private static List<Column> cellColumns(String example) {
        return List.of(path(), id(example), seq(), formId(), projectId(),
                new Column("cells", TEXT, "The row's cells, JSON object by printed column header."));
    }
}
