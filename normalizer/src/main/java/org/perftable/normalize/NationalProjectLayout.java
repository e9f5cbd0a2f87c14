package org.perftable.normalize;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.perftable.filing.Form;
import org.perftable.grid.Block;
import org.perftable.grid.Row;
import org.perftable.grid.TextLine;

/**
 * The national single-project 项目支出绩效目标表: 项目名称, 主管部门(及代码), 实施单位, 项目资金 with
 * 年度资金总额 / 其中：财政拨款 / 其他资金, 年度绩效目标, then 一级/二级/三级指标 and 指标值.
 */
final class NationalProjectLayout implements FormLayout {

    static final String TYPE = "project_expenditure_targets";

    private enum Section { HEAD, FUNDS, GOALS, INDICATORS }

    /** The year line under the title: （2024年度）. */
    private static final Pattern YEAR_LINE = Pattern.compile("^[（(](\\d{4}年度?)[）)]$");
    private static final Set<String> DEPARTMENT_LABELS = Set.of("主管部门", "主管部门及代码", "主管部门（及代码）");

    @Override
    public boolean accepts(Segment segment) {
        return Labels.key(segment.title()).contains("项目") && segment.blocks().stream()
                .filter(Row.class::isInstance)
                .map(b -> RowText.of((Row) b))
                .anyMatch(row -> row.hasKeyContaining("年度资金总额") || row.cells().stream()
                        .anyMatch(c -> DEPARTMENT_LABELS.contains(c.key())));
    }

    @Override
    public Form read(Segment segment) {
        FormDraft form = new FormDraft(TYPE, segment.title());
        ProjectDraft project = new ProjectDraft(segment.blocks().get(0).page());
        IndicatorTable indicators = new IndicatorTable(form.warnings, false);
        BudgetPairs funds = new BudgetPairs(form, project.funding, "项目资金");
        Section section = Section.HEAD;
        for (Block block : segment.blocks()) {
            form.pages.add(block.page());
            if (block instanceof TextLine line) {
                String text = CjkText.unwrap(line.text());
                Matcher year = YEAR_LINE.matcher(text);
                if (year.matches()) {
                    form.field("年度", year.group(1));
                } else if (FormTitles.titleOf(line) == null && !form.headLine(text)) {
                    form.warnings.add("unplaced_text", "text line " + Warnings.quote(text) + " fits no field",
                            line.page());
                }
                continue;
            }
            RowText row = RowText.of((Row) block);
            if (row.isEmpty()) {
                continue;
            }
            String first = row.first().key();
            if (first.startsWith("项目资金")) {
                section = Section.FUNDS;
                form.unitFromHeader(row.first().text());
                row = row.rest();
            } else if (first.equals("年度绩效目标") || first.equals("年度目标")) {
                section = Section.GOALS;
                row = row.rest();
            } else if (first.equals("绩效指标")) {
                section = Section.INDICATORS;
                row = row.rest();
            } else if (section == Section.HEAD || FieldPairs.KNOWN_LABELS.contains(first)) {
                FieldPairs.read(row, (label, value) -> headField(form, project, label, value));
                continue;
            }
            switch (section) {
                case FUNDS -> funds.row(row);
                case GOALS -> {
                    for (CellText cell : row.cells()) {
                        Goals.paragraphs("annual", cell.text(), row.page(), project.goals);
                    }
                }
                case INDICATORS -> {
                    if (IndicatorTable.isHeader(row)) {
                        indicators.header(row);
                    } else {
                        indicators.row(row, null);
                    }
                }
                case HEAD -> { }
            }
        }
        project.indicators.addAll(indicators.indicators());
        form.projects.add(project.toProject());
        return form.toForm();
    }

    private static void headField(FormDraft form, ProjectDraft project, String label, String value) {
        if (label.equals("项目名称")) {
            project.name = value;
            return;
        }
        if (DEPARTMENT_LABELS.contains(label)) {
            form.department(value);
        }
        project.fields.put(label, value);
    }
}
