package org.perftable.normalize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.perftable.filing.BudgetLine;
import org.perftable.filing.Form;
import org.perftable.filing.Goal;
import org.perftable.grid.TextLine;

/**
 * The project table: one row per project under 项目名称（资金使用单位）, with its funds by source, its
 * 绩效目标 and its 绩效指标 written out as text. 合计 and the rows of the units that spend the funds
 * (no goal, no indicators) are subtotals; a unit row heads the projects below it. The table runs on
 * over pages that repeat the title and header.
 */
final class ProjectListLayout implements FormLayout {

    static final String TYPE = "project_expenditure_targets";

    private static final String GOAL = "绩效目标";
    private static final String INDICATORS = "绩效指标";

    @Override
    public boolean accepts(Segment segment) {
        return segment.isProjectFormWith(ProjectListLayout::isHeader);
    }

    @Override
    public boolean continues(Segment previous, Segment next) {
        return Labels.key(previous.title()).equals(Labels.key(next.title()))
                && Objects.equals(departmentLine(previous), departmentLine(next));
    }

    @Override
    public Form read(Segment segment) {
        return new Reading(segment.title()).read(segment);
    }

    private static final class Reading extends SegmentReading {
        private final List<Listed> listed = new ArrayList<>();
        private ColumnMap columns;
        /** The unit (资金使用单位) whose subtotal row heads the projects below it. */
        private String unit;

        Reading(String title) {
            super(TYPE, title);
        }

        @Override
        protected void row(RowText row) {
            if (isHeader(row)) {
                columns = new ColumnMap(row);
                return;
            }
            if (columns == null) {
                row.cells().forEach(c -> form.warnings.unplaced(c, row.page(), "the project table before its header"));
                return;
            }
            Map<String, CellText> cells = columns.read(row, c -> form.warnings.unplaced(c, row.page(), "the project table"));
            CellText nameCell = cells.get(columns.labels().get(0));
            List<BudgetLine> funds = funds(columns, cells, row.page());
            if (!cells.containsKey(GOAL) && !cells.containsKey(INDICATORS)) {
                subtotal(CellText.textOf(nameCell), funds);
                return;
            }
            String goal = CellText.textOf(cells.get(GOAL));
            String indicators = CellText.textOf(cells.get(INDICATORS));
            Listed last = listed.isEmpty() ? null : listed.get(listed.size() - 1);
            // a row cut by a page break goes on at the top of the next page, without amounts
            boolean cut = last != null && funds.stream().allMatch(line -> line.raw() == null)
                    && (nameCell == null || row.page() != last.project.page);
            if (cut) {
                if (nameCell != null) {
                    last.project.name = joined(last.project.name, nameCell.text());
                }
                last.goal = joined(last.goal, goal);
                last.indicators = joined(last.indicators, indicators);
                form.warnings.add("wrapped_row_joined", "project row " + Warnings.quote(row.joined())
                        + " read as the rest of project " + Warnings.quote(String.valueOf(last.project.name)), row.page());
                return;
            }
            ProjectDraft project = new ProjectDraft(row.page());
            project.name = CellText.textOf(nameCell);
            if (unit != null) {
                project.fields.put("资金使用单位", unit);
            }
            project.funding.addAll(funds);
            listed.add(new Listed(project, goal, indicators));
        }

        /** 合计, or a unit's subtotal: form-level budget lines grouped under the row's name. */
        private void subtotal(String group, List<BudgetLine> funds) {
            if (group != null && !group.equals("合计")) {
                unit = group;
            }
            funds.forEach(line -> form.budget.add(new BudgetLine(group, line.item(), line.amount(), line.raw(),
                    line.columns(), line.page())));
        }

        @Override
        protected void finish() {
            for (Listed entry : listed) {
                ProjectDraft project = entry.project;
                if (entry.goal != null) {
                    project.goals.add(new Goal("overall", 1, entry.goal, project.page));
                }
                if (entry.indicators != null) {
                    project.indicators.addAll(IndicatorText.parse(entry.indicators, project.page, form.warnings));
                }
                form.projects.add(project.toProject());
            }
        }
    }

    /** A project row whose goal and indicator texts may run on into the next page's first row. */
    private static final class Listed {
        final ProjectDraft project;
        String goal;
        String indicators;

        Listed(ProjectDraft project, String goal, String indicators) {
            this.project = project;
            this.goal = goal;
            this.indicators = indicators;
        }
    }


    private static String joined(String head, String tail) {
        return tail == null ? head : head == null ? tail : CjkText.joinWrapped(head, tail);
    }

    private static boolean isHeader(RowText row) {
        return row.hasKeyContaining("项目名称") && row.has(INDICATORS);
    }

    /** The amount columns of a row as funding lines; an empty cell is a line with no amount. */
    private static List<BudgetLine> funds(ColumnMap columns, Map<String, CellText> cells, int page) {
        List<String> labels = columns.labels();
        return labels.subList(1, labels.size()).stream()
                .filter(label -> !label.equals(GOAL) && !label.equals(INDICATORS))
                .map(label -> {
                    CellText cell = cells.get(label);
                    String raw = CellText.textOf(cell);
                    return new BudgetLine(null, label, raw == null ? null : Amounts.parse(raw), raw,
                            new LinkedHashMap<>(), page);
                })
                .toList();
    }

    private static String departmentLine(Segment segment) {
        return segment.blocks().stream()
                .filter(TextLine.class::isInstance)
                .map(b -> Labels.key(((TextLine) b).text()))
                .filter(text -> text.contains("名称"))
                .findFirst()
                .orElse(null);
    }
}
