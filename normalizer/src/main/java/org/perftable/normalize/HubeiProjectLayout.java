package org.perftable.normalize;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.perftable.filing.BudgetLine;
import org.perftable.filing.Choice;
import org.perftable.filing.Form;
import org.perftable.filing.Goal;

/**
 * The single-project 项目支出绩效目标表 (Hubei style): 项目编码 and other head fields, checkbox groups
 * for 项目属性 and 支出项目类别, 项目资金来源, 项目支出明细测算, 项目采购, 项目绩效总目标, then 长期 and
 * 年度绩效目标表 tied to the numbered goals.
 */
final class HubeiProjectLayout implements FormLayout {

    static final String TYPE = "project_expenditure_targets";

    private enum Section { HEAD, FUNDING, DETAILS, PURCHASES, GOALS, INDICATORS }

    private static final Map<String, Section> SECTIONS = Map.of(
            "项目资金来源", Section.FUNDING,
            "项目支出明细测算", Section.DETAILS,
            "项目采购", Section.PURCHASES,
            "项目绩效总目标", Section.GOALS,
            "长期绩效目标表", Section.INDICATORS,
            "年度绩效目标表", Section.INDICATORS);

    private static final Set<String> BUDGET_FIELDS = Set.of("项目总预算", "项目当年预算");

    /** The Hubei form is told by its goal-tied indicator tables and its detail tables, not by head labels. */
    @Override
    public boolean accepts(Segment segment) {
        return segment.isProjectFormWith(row -> row.has("项目绩效总目标") || row.has("长期绩效目标表")
                || row.has("年度绩效目标表") || row.has("项目支出明细测算"))
                || segment.isProjectFormWithLine(key -> SECTIONS.containsKey(key) && !key.equals("项目资金来源"));
    }

    @Override
    public Form read(Segment segment) {
        return new Reading(segment).read(segment);
    }

    private static final class Reading extends SegmentReading {
        private final ProjectDraft project;
        private final GoalIndicators indicators;
        private final BudgetPairs funding;
        private Section section = Section.HEAD;
        private ColumnMap columns;

        Reading(Segment segment) {
            super(TYPE, segment.title());
            project = new ProjectDraft(segment.blocks().get(0).page());
            indicators = new GoalIndicators(form.warnings, project.goals);
            funding = new BudgetPairs(form, project.funding, "项目资金来源");
        }

        @Override
        protected void finish() {
            project.indicators.addAll(indicators.indicators());
            if (!project.empty()) {
                form.projects.add(project.toProject());
            }
        }

        /** A section label on its own line, or the rest of a goal text cut by a page break. */
        @Override
        protected boolean text(String text, int page) {
            if (section(Labels.key(text))) {
                return true;
            }
            if ((section == Section.GOALS || section == Section.INDICATORS) && !project.goals.isEmpty()) {
                Goal last = project.goals.remove(project.goals.size() - 1);
                project.goals.add(new Goal(last.kind(), last.seq(), CjkText.joinWrapped(last.text(), text), last.page()));
                form.warnings.add("text_line_joined", "text line " + Warnings.quote(text)
                        + " read as the rest of the goal text above it, cut by a page break", page);
                return true;
            }
            return false;
        }

        /** Enters the section a label names; false when the key is no section label. */
        private boolean section(String key) {
            Section named = SECTIONS.get(key);
            if (named == null) {
                return false;
            }
            section = named;
            columns = null;
            if (named == Section.INDICATORS) {
                indicators.kind(key.startsWith("长期") ? "long_term" : "annual");
            }
            return true;
        }

        @Override
        protected void row(RowText row) {
            if (section(row.first().key())) {
                if (row.cells().size() > 1) {
                    body(row.rest());
                }
            } else if (FieldPairs.KNOWN_LABELS.contains(row.first().key())) {
                FieldPairs.read(row, (label, value) -> field(label, value, row.page()));
            } else {
                body(row);
            }
        }

        private void body(RowText row) {
            switch (section) {
                case HEAD -> row.cells().forEach(c -> form.warnings.unplaced(c, row.page(), "the project head"));
                case FUNDING -> funding.row(row);
                case DETAILS -> table(row, "项目活动", project.details);
                case PURCHASES -> table(row, "品名", project.purchases);
                case GOALS -> {
                    if (!(row.has("名称") && row.has("目标说明"))) {
                        indicators.row(row);
                    }
                }
                case INDICATORS -> indicators.row(row);
            }
        }

        /** A detail table: its header row names the columns; a row of 无 says the table is empty. */
        private void table(RowText row, String headerWord, List<Map<String, Object>> rows) {
            if (row.has(headerWord)) {
                columns = new ColumnMap(row);
            } else if (row.cells().stream().allMatch(c -> c.key().equals("无"))) {
                return;
            } else if (columns == null) {
                row.cells().forEach(c -> form.warnings.unplaced(c, row.page(), "a table without header"));
            } else {
                rows.add(columns.values(row, c -> form.warnings.unplaced(c, row.page(), "the table under " + headerWord)));
            }
        }

        private void field(String label, String value, int page) {
            List<Choice> choices = value == null ? null : Checkboxes.parse(value);
            if (choices != null) {
                project.choices.put(label, choices);
                project.fields.put(label, Checkboxes.checked(choices));
                if (label.equals("支出项目类别")) {
                    project.category = Checkboxes.checked(choices);
                }
            } else if (label.equals("项目名称")) {
                project.name = value;
            } else if (BUDGET_FIELDS.contains(label)) {
                project.funding.add(new BudgetLine(null, label, value == null ? null : Amounts.parse(value), value,
                        new LinkedHashMap<>(), page));
            } else {
                if (label.equals("项目主管部门")) {
                    form.department(value);
                }
                project.fields.put(label, value);
            }
        }
    }
}
