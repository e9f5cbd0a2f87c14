package org.perftable.normalize;

import java.util.List;
import java.util.Map;
import org.perftable.filing.Form;

/**
 * 部门整体预算绩效目标申报表: 部门名称, 基本信息, 预算整体情况 (two side-by-side budget tables),
 * 总体绩效目标, 年度重点工作任务, 其他需完成的任务 and 绩效指标 with period and annual targets.
 */
final class DepartmentBudgetLayout implements FormLayout {

    static final String TYPE = "department_budget_targets";

    private enum Section { NONE, DEPARTMENT, BASIC, TEXT, BUDGET, GOALS, TASKS, OTHER_TASKS, INDICATORS }

    private static final Map<String, Section> SECTIONS = Map.ofEntries(
            Map.entry("部门名称", Section.DEPARTMENT),
            Map.entry("基本信息", Section.BASIC),
            Map.entry("预算整体情况", Section.BUDGET),
            Map.entry("总体绩效目标", Section.GOALS),
            Map.entry("年度重点工作任务", Section.TASKS),
            Map.entry("其他需完成的任务（可选填）", Section.OTHER_TASKS),
            Map.entry("其他需完成的任务", Section.OTHER_TASKS),
            Map.entry("绩效指标", Section.INDICATORS));

    /** The section a label opens: the seeds' labels, then the vocabulary's department sections. */
    private static Section section(String key) {
        Section seeded = SECTIONS.get(key);
        if (seeded != null) {
            return seeded;
        }
        if (GoalLabels.kind(key) != null
                && Vocabulary.standard().role(Vocabulary.Section.DEPARTMENT, key) == null) {
            return Section.GOALS;
        }
        String role = Vocabulary.standard().role(Vocabulary.Section.DEPARTMENT, key);
        if (role == null) {
            return FieldPairs.isKnown(key) ? Section.BASIC : null;
        }
        return switch (role) {
            case "department" -> Section.DEPARTMENT;
            case "text" -> Section.TEXT;
            case "budget" -> Section.BUDGET;
            case "tasks" -> Section.TASKS;
            case "goals" -> Section.GOALS;
            case "indicators" -> Section.INDICATORS;
            default -> null;
        };
    }


    @Override
    public boolean accepts(Segment segment) {
        String key = Labels.key(segment.title());
        return key.contains("部门整体") && key.contains("预算绩效目标");
    }

    @Override
    public Form read(Segment segment) {
        return new Reading(segment.title()).read(segment);
    }

    private static final class Reading extends SegmentReading {
        private final IndicatorTable indicators;
        private final BudgetPairs budget;
        private final TaskTable tasks;
        private Section section = Section.NONE;
        private String otherTasksLabel = "其他需完成的任务（可选填）";
        private String textLabel;
        private final GoalRows goals = new GoalRows(form);

        Reading(String title) {
            super(TYPE, title);
            indicators = new IndicatorTable(form.warnings, true);
            budget = new BudgetPairs(form, form.budget, null);
            tasks = new TaskTable(form);
        }

        @Override
        protected void finish() {
            form.indicators.addAll(indicators.indicators());
            goals.finish();
        }

        /** A section label alone on its line, as exports leave it after a page break. */
        @Override
        protected boolean text(String text, int page) {
            Section labelled = section(Labels.key(text));
            if (labelled == Section.GOALS && section != Section.GOALS) {
                goals.open(text, new RowText(List.of(), page));
            }
            if (labelled != null) {
                section = labelled;
            }
            return labelled != null;
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
            Section labelled = section(row.first().key());
            if (labelled != null) {
                section = labelled;
                textLabel = row.first().text();
                if (labelled == Section.GOALS) {
                    goals.open(row.first().text(), row.rest());
                    return;
                }
                if (labelled == Section.OTHER_TASKS) {
                    otherTasksLabel = row.first().key();
                    if (row.cells().size() == 1) {
                        form.field(otherTasksLabel, null);
                    }
                }
            } else if (IndicatorColumns.startsTable(row)
                    || section != Section.BUDGET && IndicatorColumns.isUpperHeader(row)) {
                section = Section.INDICATORS;
            }
            // a head label (填报人) opens the head section and is itself the first label of the row's pairs
            boolean headLabel = labelled == Section.BASIC && !SECTIONS.containsKey(row.first().key());
            RowText body = labelled != null && !headLabel ? row.rest() : row;
            if (!body.isEmpty()) {
                body(body);
            }
        }

        private void body(RowText row) {
            switch (section) {
                case DEPARTMENT -> {
                    form.department(row.first().text());
                    row.rest().cells().forEach(c -> form.warnings.unplaced(c, row.page(), "部门名称"));
                }
                case BASIC -> FieldPairs.read(row, form::field);
                case TEXT -> row.cells().forEach(c -> form.field(textLabel, c.text()));
                case BUDGET -> budget.row(row);
                case GOALS -> goals.row(row);
                case TASKS -> tasks.row(row);
                case OTHER_TASKS -> row.cells().forEach(c -> form.field(otherTasksLabel, c.text()));
                case INDICATORS -> {
                    if (IndicatorTable.isHeader(row)) {
                        indicators.header(row);
                    } else {
                        indicators.row(row, null);
                    }
                }
                case NONE -> row.cells().forEach(c -> form.warnings.unplaced(c, row.page(), "the form head"));
            }
        }
    }
}
