package org.perftable.normalize;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.perftable.filing.Choice;
import org.perftable.filing.Form;
import org.perftable.filing.Goal;

/**
 * A single-project or transfer-payment form read by what its labels mean: head fields from label/value
 * pairs wherever they sit, a funding block, goals by their labels (as rows, side by side, or run on in
 * one cell) and an indicator table found by its header. This is the national template and the many
 * provincial variants of it; the {@link Vocabulary} holds their labels.
 *
 * <p>A project form keeps its records in its one project; a transfer-payment form, which describes a
 * fund rather than a project, keeps them on the form.
 */
final class ProjectFormLayout implements FormLayout {

    static final String PROJECT = "project_expenditure_targets";
    static final String TRANSFER = "transfer_payment_targets";

    private enum Section { HEAD, FUNDS, GOALS, INDICATORS }

    private static final Pattern YEAR_LINE = Pattern.compile("^[（(](\\d{4}年度?)[）)]$");

    @Override
    public boolean accepts(Segment segment) {
        String type = FormTitles.typeOf(Labels.key(segment.title()));
        return PROJECT.equals(type) || TRANSFER.equals(type);
    }

    @Override
    public Form read(Segment segment) {
        return new Reading(segment).read(segment);
    }

    private static final class Reading extends SegmentReading {
        private final boolean transfer;
        private final ProjectDraft project;
        private final IndicatorTable indicators;
        private FundingBlock funds;
        private Section section = Section.HEAD;
        private String goalKind;
        private String goalPeriod;
        /** Goal kinds by column, when goal labels head side-by-side columns. */
        private final TreeMap<Integer, String[]> goalColumns = new TreeMap<>();

        Reading(Segment segment) {
            super(FormTitles.typeOf(Labels.key(segment.title())), segment.title());
            transfer = TRANSFER.equals(form.type);
            project = new ProjectDraft(segment.blocks().get(0).page());
            indicators = new IndicatorTable(form.warnings, false);
        }

        /** The year line under the title: （2024年度）. */
        @Override
        protected boolean text(String text, int page) {
            Matcher year = YEAR_LINE.matcher(text);
            if (year.matches()) {
                form.field("年度", year.group(1));
                return true;
            }
            String[] pair = FieldPairs.pairInCell(text);
            if (pair != null) {
                field(pair[0], pair[1]);
                return true;
            }
            return false;
        }

        @Override
        protected void row(RowText row) {
            CellText first = row.first();
            if (IndicatorColumns.startsTable(row) || section == Section.INDICATORS && IndicatorTable.isHeader(row)
                    || section != Section.FUNDS && IndicatorColumns.isUpperHeader(row)) {
                enter(Section.INDICATORS);
                indicators.header(row);
                return;
            }
            if (IndicatorColumns.isSectionLabel(first.text())) {
                enter(Section.INDICATORS);
                if (row.cells().size() > 1) {
                    indicatorRow(row.rest());
                }
                return;
            }
            String block = Vocabulary.standard().role(Vocabulary.Section.FUNDING, first.text());
            if ("block".equals(block)) {
                enter(Section.FUNDS);
                form.unitFromHeader(first.text());
                funds = new FundingBlock(form, transfer ? form.budget : project.funding,
                        Vocabulary.labelKey(first.text()));
                if (row.cells().size() > 1) {
                    funds.row(row.rest());
                }
                return;
            }
            if (goalLabels(row)) {
                return;
            }
            if (GoalLabels.isSection(first.text()) && row.cells().size() == 2) {
                startGoals("年度绩效目标");
                goal(row.cells().get(1).text(), row.page());
                return;
            }
            if (GoalLabels.isSection(first.text()) && row.cells().size() == 1) {
                enter(Section.GOALS);
                goalKind = "annual";
                return;
            }
            if (GoalLabels.kind(first.text()) != null) {
                startGoals(first.text());
                row.rest().cells().forEach(c -> goal(c.text(), row.page()));
                return;
            }
            if (section != Section.INDICATORS && (FieldPairs.isKnown(first.key())
                    || FieldPairs.pairInCell(first.text()) != null)) {
                enter(Section.HEAD);
                FieldPairs.read(row, this::field);
                return;
            }
            switch (section) {
                case FUNDS -> funds.row(row);
                case GOALS -> goalRow(row);
                case INDICATORS -> indicatorRow(row);
                case HEAD -> row.cells().forEach(c -> form.warnings.unplaced(c, row.page(), "the form head"));
            }
        }

        private void enter(Section next) {
            if (section == Section.FUNDS && next != Section.FUNDS && funds != null) {
                funds.finish();
            }
            section = next;
        }

        private void indicatorRow(RowText row) {
            if (IndicatorTable.isHeader(row)) {
                indicators.header(row);
            } else {
                indicators.row(row, null);
            }
        }

        /** A row of goal labels heading side-by-side columns: 实施期目标 | 年度目标. */
        private boolean goalLabels(RowText row) {
            List<CellText> labels = row.cells().stream().filter(c -> !GoalLabels.isSection(c.text())).toList();
            if (labels.size() < 2 || !labels.stream().allMatch(c -> GoalLabels.kind(c.text()) != null)) {
                if (labels.size() < row.cells().size() && labels.size() == 1 && GoalLabels.kind(labels.get(0).text()) != null) {
                    startGoals(labels.get(0).text());
                    return true;
                }
                return false;
            }
            enter(Section.GOALS);
            goalColumns.clear();
            for (CellText cell : labels) {
                goalColumns.put(cell.column(), new String[] {GoalLabels.kind(cell.text()), GoalLabels.period(cell.text())});
            }
            goalKind = null;
            return true;
        }

        private void startGoals(String label) {
            enter(Section.GOALS);
            goalColumns.clear();
            goalKind = GoalLabels.kind(label);
            goalPeriod = GoalLabels.period(label);
        }

        private void goalRow(RowText row) {
            if (!goalColumns.isEmpty()) {
                for (CellText cell : row.cells()) {
                    Map.Entry<Integer, String[]> column = goalColumns.floorEntry(cell.column());
                    if (column == null) {
                        form.warnings.unplaced(cell, row.page(), "the goals");
                    } else {
                        goalKind = column.getValue()[0];
                        goalPeriod = column.getValue()[1];
                        goal(cell.text(), row.page());
                    }
                }
                goalKind = null;
                return;
            }
            row.cells().forEach(c -> goal(c.text(), row.page()));
        }

        private void goal(String text, int page) {
            List<Goal> goals = transfer ? form.goals : project.goals;
            int before = (int) goals.stream().filter(g -> g.kind().equals(goalKind)).count();
            for (String goal : Goals.split(text)) {
                Integer number = Goals.number(goal);
                goals.add(new Goal(goalKind, number != null ? number : before + 1, goalPeriod, goal, page));
                before++;
            }
        }

        private void field(String label, String value) {
            String role = Vocabulary.standard().role(Vocabulary.Section.HEAD, label);
            List<Choice> choices = value == null ? null : Checkboxes.parse(value);
            if (choices != null) {
                project.choices.put(label, choices);
                project.fields.put(label, Checkboxes.checked(choices));
                return;
            }
            if ("project_name".equals(role) && !transfer) {
                project.name = value;
                return;
            }
            if ("department".equals(role)) {
                form.department(value);
            }
            if (transfer) {
                form.field(label, value);
            } else {
                project.fields.put(label, value);
            }
        }

        @Override
        protected void finish() {
            if (funds != null) {
                funds.finish();
            }
            if (transfer) {
                form.indicators.addAll(indicators.indicators());
                if (project.name != null || !project.choices.isEmpty()) {
                    form.projects.add(project.toProject());
                }
            } else {
                project.indicators.addAll(indicators.indicators());
                if (!project.empty()) {
                    form.projects.add(project.toProject());
                }
            }
        }
    }
}
