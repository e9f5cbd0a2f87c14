package org.perftable.normalize;

import java.util.ArrayList;
import java.util.List;
import org.perftable.filing.Goal;
import org.perftable.filing.GoalRef;
import org.perftable.filing.Indicator;

/**
 * Indicator tables tied to numbered goals (长期目标 1, 年度绩效目标 2…): a goal label, in its own row
 * with the goal's text or at the head of an indicator row, ties the rows below it to that goal.
 * Long-term and annual tables keep separate headers, since their target columns differ.
 */
final class GoalIndicators {

    private final IndicatorTable longTerm;
    private final IndicatorTable annual;
    private final List<Goal> goals;
    private final Warnings warnings;
    private String kind = "long_term";
    private GoalRef goal;
    /** A goal word whose number may follow at the top of the next page. */
    private RowText cutHeading;

    GoalIndicators(Warnings warnings, List<Goal> goals) {
        this.warnings = warnings;
        this.longTerm = new IndicatorTable(warnings, false);
        this.annual = new IndicatorTable(warnings, false);
        this.goals = goals;
    }

    /** Switches to the long-term or annual table ({@code long_term} / {@code annual}). */
    void kind(String kind) {
        this.kind = kind;
    }

    /** Reads a goal heading, a header or an indicator row; section labels must be removed already. */
    void row(RowText row) {
        if (row.isEmpty()) {
            return;
        }
        if (cutHeading != null) {
            RowText cut = cutHeading;
            cutHeading = null;
            GoalRef label = Labels.goal(cut.first().key(), row.first().key());
            if (label != null) {
                // 年度目标 | text… at the foot of a page, 3: | …text at the top of the next
                String text = CjkText.joinWrapped(cut.rest().first().text(),
                        row.cells().size() > 1 ? row.rest().first().text() : "");
                switchTo(label);
                goals.add(new Goal(label.kind(), label.seq(), text, cut.page()));
                warnings.add("wrapped_row_joined", "goal heading " + Warnings.quote(cut.joined())
                        + " read with its number and text from the next page", row.page());
                return;
            }
            read(cut);
        }
        if (row.cells().size() == 2 && Labels.goal(row.first().key(), "1") != null) {
            cutHeading = row;
            return;
        }
        read(row);
    }

    private void read(RowText row) {
        GoalRef label = Labels.goal(row.first().key());
        if (label != null) {
            RowText rest = row.rest();
            switchTo(label);
            if (rest.cells().size() == 1 && !Taxonomy.isCategory(rest.first().key())) {
                goals.add(new Goal(label.kind(), label.seq(), rest.first().text(), row.page()));
                return;
            }
            row = rest;
        }
        if (IndicatorTable.isHeader(row)) {
            table().header(row);
        } else {
            table().row(row, goal);
        }
    }

    private void switchTo(GoalRef label) {
        if (!label.equals(goal)) {
            kind = label.kind();
            table().startGoal();
            goal = label;
        }
    }

    List<Indicator> indicators() {
        if (cutHeading != null) {
            read(cutHeading);
            cutHeading = null;
        }
        List<Indicator> all = new ArrayList<>(longTerm.indicators());
        all.addAll(annual.indicators());
        return all;
    }

    private IndicatorTable table() {
        return kind.equals("annual") ? annual : longTerm;
    }
}
