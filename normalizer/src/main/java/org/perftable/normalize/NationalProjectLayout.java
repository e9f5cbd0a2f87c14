package org.perftable.normalize;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.perftable.filing.Form;

/**
 * The national single-project 项目支出绩效目标表: 项目名称, 主管部门(及代码), 实施单位, 项目资金 with
 * 年度资金总额 / 其中：财政拨款 / 其他资金, 年度绩效目标, then 一级/二级/三级指标 and 指标值.
 */
final class NationalProjectLayout implements FormLayout {

    static final String TYPE = "project_expenditure_targets";

    private enum Section { HEAD, FUNDS, GOALS, INDICATORS }

    private static final Pattern YEAR_LINE = Pattern.compile("^[（(](\\d{4}年度?)[）)]$");
    private static final Set<String> DEPARTMENT_LABELS = Set.of("主管部门", "主管部门及代码", "主管部门（及代码）");

    @Override
    public boolean accepts(Segment segment) {
        return segment.isProjectFormWith(row -> row.hasKeyContaining("年度资金总额") || row.cells().stream()
                        .anyMatch(c -> DEPARTMENT_LABELS.contains(c.key())));
    }

    @Override
    public Form read(Segment segment) {
        return new Reading(segment).read(segment);
    }

    private static final class Reading extends SegmentReading {
        private final ProjectDraft project;
        private final IndicatorTable indicators;
        private final BudgetPairs funds;
        private Section section = Section.HEAD;

        Reading(Segment segment) {
            super(TYPE, segment.title());
            project = new ProjectDraft(segment.blocks().get(0).page());
            indicators = new IndicatorTable(form.warnings, false);
            funds = new BudgetPairs(form, project.funding, "项目资金");
        }

        /** The year line under the title: （2024年度）. */
        @Override
        protected boolean text(String text, int page) {
            Matcher year = YEAR_LINE.matcher(text);
            if (year.matches()) {
                form.field("年度", year.group(1));
            }
            return year.matches();
        }

        @Override
        protected void row(RowText row) {
            String first = row.first().key();
            RowText body = row;
            if (first.startsWith("项目资金")) {
                section = Section.FUNDS;
                form.unitFromHeader(row.first().text());
                body = row.rest();
            } else if (first.equals("年度绩效目标") || first.equals("年度目标")) {
                section = Section.GOALS;
                body = row.rest();
            } else if (first.equals("绩效指标")) {
                section = Section.INDICATORS;
                body = row.rest();
            } else if (section == Section.HEAD || FieldPairs.KNOWN_LABELS.contains(first)) {
                FieldPairs.read(row, (label, value) -> headField(form, project, label, value));
                return;
            }
            switch (section) {
                case FUNDS -> funds.row(body);
                case GOALS -> body.cells().forEach(c -> Goals.paragraphs("annual", c.text(), row.page(), project.goals));
                case INDICATORS -> {
                    if (IndicatorTable.isHeader(body)) {
                        indicators.header(body);
                    } else {
                        indicators.row(body, null);
                    }
                }
                case HEAD -> { }
            }
        }

        @Override
        protected void finish() {
            project.indicators.addAll(indicators.indicators());
            form.projects.add(project.toProject());
        }
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
