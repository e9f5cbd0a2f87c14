package org.perftable.normalize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.perftable.filing.BudgetLine;
import org.perftable.filing.Form;
import org.perftable.filing.Project;

/**
 * 部门整体支出绩效目标表 (申报表): head fields, 部门总体资金情况, 部门职能概述, 年度工作任务,
 * 项目支出情况, the goal section (整体绩效总目标), then 长期目标 N and 年度目标 N each with its indicator table.
 */
final class DepartmentExpenditureLayout implements FormLayout {

    static final String TYPE = "department_expenditure_targets";

    private enum Section { NONE, FUNDS, BUDGET, TEXT, TASKS, PROJECTS, GOALS, INDICATORS }

    private static final Map<String, Section> SECTIONS = Map.ofEntries(
            Map.entry("部门总体资金情况", Section.FUNDS),
            Map.entry("部门职能概述", Section.TEXT),
            Map.entry("年度工作任务", Section.TEXT),
            Map.entry("项目支出情况", Section.PROJECTS),
            Map.entry("长期绩效指标", Section.INDICATORS),
            Map.entry("年度绩效指标", Section.INDICATORS));

    /** The section a label opens: the seeds' labels, then the vocabulary's department sections. */
    private static Section section(String key) {
        Section seeded = SECTIONS.get(key);
        if (seeded != null) {
            return seeded;
        }
        String role = Vocabulary.standard().role(Vocabulary.Section.DEPARTMENT, key);
        return role == null ? null : switch (role) {
            case "text" -> Section.TEXT;
            case "budget" -> Section.BUDGET;
            case "tasks" -> Section.TASKS;
            case "projects" -> Section.PROJECTS;
            case "goals" -> Section.GOALS;
            case "indicators" -> Section.INDICATORS;
            default -> null;
        };
    }

    @Override
    public boolean accepts(Segment segment) {
        String key = Labels.key(segment.title());
        return key.contains("部门整体支出绩效目标");
    }

    @Override
    public Form read(Segment segment) {
        return new Reading(segment.title()).read(segment);
    }

    private static final class Reading extends SegmentReading {
        private final FundsTable funds;
        private final BudgetPairs budget;
        private final TaskTable tasks;
        private final GoalRows goals;
        private final GoalIndicators indicators;
        private Section section = Section.NONE;
        private String textLabel;
        private ColumnMap projectColumns;

        Reading(String title) {
            super(TYPE, title);
            funds = new FundsTable(form);
            budget = new BudgetPairs(form, form.budget, null);
            tasks = new TaskTable(form);
            goals = new GoalRows(form);
            indicators = new GoalIndicators(form.warnings, form.goals);
        }

        @Override
        protected void finish() {
            form.indicators.addAll(indicators.indicators());
            goals.finish();
        }

        @Override
        protected void row(RowText row) {
            if (FieldPairs.pairInCell(row.first().text()) != null) {
                // 填报人：刘芳 | 联系电话：…: head fields printed with their labels in the cells
                FieldPairs.read(row, form::headField);
                return;
            }
            if (section != Section.INDICATORS && goals.labelRow(row)) {
                section = Section.GOALS;
                return;
            }
            String first = row.first().key();
            Section labelled = section(first);
            if (labelled == null && section != Section.INDICATORS && GoalLabels.kind(first) != null) {
                // 中长期目标 | text before the indicator tables; inside them 年度目标 heads a goal's indicators
                labelled = Section.GOALS;
            }
            if (labelled != null) {
                section = labelled;
                textLabel = first;
                if (labelled == Section.GOALS) {
                    goals.open(row.first().text(), row.rest());
                    return;
                }
                if (first.equals("长期绩效指标") || first.equals("年度绩效指标")) {
                    indicators.kind(first.startsWith("长期") ? "long_term" : "annual");
                }
                if (row.cells().size() > 1) {
                    body(row.rest());
                }
                return;
            } else if (row.has("项目名称") && row.has("支出项目类别")) {
                section = Section.PROJECTS;
                projectColumns = new ColumnMap(row);
                return;
            } else if ("department".equals(Vocabulary.standard().role(Vocabulary.Section.DEPARTMENT, first))) {
                form.department(row.cells().size() > 1 ? row.cells().get(1).text() : null);
                row.cells().stream().skip(2).forEach(c -> form.warnings.unplaced(c, row.page(), "部门名称"));
                return;
            } else if (FieldPairs.isKnown(first)) {
                FieldPairs.read(row, form::field);
                return;
            } else if (Labels.goal(first) != null || IndicatorColumns.startsTable(row)
                    || section != Section.FUNDS && section != Section.BUDGET && IndicatorColumns.isUpperHeader(row)) {
                section = Section.INDICATORS;
            }
            body(row);
        }

        private void body(RowText row) {
            switch (section) {
                case FUNDS -> funds.row(row);
                case BUDGET -> budget.row(row);
                case GOALS -> goals.row(row);
                case TASKS -> tasks.row(row);
                case TEXT -> row.cells().forEach(c -> form.field(textLabel, c.text()));
                case PROJECTS -> project(row);
                case INDICATORS -> indicators.row(row);
                case NONE -> row.cells().forEach(c -> form.warnings.unplaced(c, row.page(), "the form head"));
            }
        }

        /** A row of 项目支出情况: amount columns become the project's funding lines, text columns fields. */
        private void project(RowText row) {
            if (row.has("项目名称")) {
                projectColumns = new ColumnMap(row);
                return;
            }
            if (projectColumns == null) {
                row.cells().forEach(c -> form.warnings.unplaced(c, row.page(), "项目支出情况"));
                return;
            }
            Map<String, CellText> cells = projectColumns.read(row, c -> form.warnings.unplaced(c, row.page(), "项目支出情况"));
            CellText name = cells.remove("项目名称");
            CellText category = cells.remove("支出项目类别");
            Map<String, String> fields = new LinkedHashMap<>();
            List<BudgetLine> funding = new ArrayList<>();
            for (String label : projectColumns.labels()) {
                CellText cell = cells.get(label);
                if (label.contains("预算") || label.contains("金额")) {
                    funding.add(new BudgetLine(null, label, cell == null ? null : Amounts.parse(cell.text()),
                            cell == null ? null : cell.text(), new LinkedHashMap<>(), row.page()));
                } else if (!label.equals("项目名称") && !label.equals("支出项目类别")) {
                    fields.put(label, cell == null ? null : cell.text());
                }
            }
            form.projects.add(new Project(name == null ? null : name.text(), category == null ? null : category.text(),
                    fields, Map.of(), funding, List.of(), List.of(), List.of(), List.of(), row.page()));
        }
    }
}
