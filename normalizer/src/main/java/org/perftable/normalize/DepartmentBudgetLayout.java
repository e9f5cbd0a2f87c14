package org.perftable.normalize;

import java.util.Map;
import org.perftable.filing.Form;

/**
 * 部门整体预算绩效目标申报表: 部门名称, 基本信息, 预算整体情况 (two side-by-side budget tables),
 * 总体绩效目标, 年度重点工作任务, 其他需完成的任务 and 绩效指标 with period and annual targets.
 */
final class DepartmentBudgetLayout implements FormLayout {

    static final String TYPE = "department_budget_targets";

    private enum Section { NONE, DEPARTMENT, BASIC, BUDGET, GOALS, TASKS, OTHER_TASKS, INDICATORS }

    private static final Map<String, Section> SECTIONS = Map.of(
            "部门名称", Section.DEPARTMENT,
            "基本信息", Section.BASIC,
            "预算整体情况", Section.BUDGET,
            "总体绩效目标", Section.GOALS,
            "年度重点工作任务", Section.TASKS,
            "其他需完成的任务（可选填）", Section.OTHER_TASKS,
            "其他需完成的任务", Section.OTHER_TASKS,
            "绩效指标", Section.INDICATORS);

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

        Reading(String title) {
            super(TYPE, title);
            indicators = new IndicatorTable(form.warnings, true);
            budget = new BudgetPairs(form, form.budget, null);
            tasks = new TaskTable(form);
        }

        @Override
        protected void finish() {
            form.indicators.addAll(indicators.indicators());
        }

        /** A section label alone on its line, as exports leave it after a page break. */
        @Override
        protected boolean text(String text, int page) {
            Section labelled = SECTIONS.get(Labels.key(text));
            if (labelled != null) {
                section = labelled;
            }
            return labelled != null;
        }

        @Override
        protected void row(RowText row) {
            Section labelled = SECTIONS.get(row.first().key());
            if (labelled != null) {
                section = labelled;
                if (labelled == Section.OTHER_TASKS) {
                    otherTasksLabel = row.first().key();
                    if (row.cells().size() == 1) {
                        form.field(otherTasksLabel, null);
                    }
                }
            } else if (IndicatorTable.isHeader(row)) {
                section = Section.INDICATORS;
            }
            RowText body = labelled != null ? row.rest() : row;
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
                case BUDGET -> budget.row(row);
                case GOALS -> row.cells().forEach(c -> Goals.paragraphs("overall", c.text(), row.page(), form.goals));
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
