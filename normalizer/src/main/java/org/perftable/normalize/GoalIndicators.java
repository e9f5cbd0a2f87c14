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
    private String kind = "long_term";
    private GoalRef goal;

    GoalIndicators(Warnings warnings, List<Goal> goals) {
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
        GoalRef label = Labels.goal(row.first().key());
        if (label != null) {
            RowText rest = row.rest();
            if (!label.equals(goal)) {
                kind = label.kind();
                table().startGoal();
                goal = label;
            }
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

    List<Indicator> indicators() {
        List<Indicator> all = new ArrayList<>(longTerm.indicators());
        all.addAll(annual.indicators());
        return all;
    }

    private IndicatorTable table() {
        return kind.equals("annual") ? annual : longTerm;
    }
}
