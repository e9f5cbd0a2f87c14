package org.perftable.normalize;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.perftable.filing.Goal;

/**
 * Goal texts under their labels: a row of goal labels (长期目标 | 年度目标) heads the columns of the
 * texts below it; without one, every text is of the section's kind.
 */
final class GoalRows {

    private final TreeMap<Integer, String> kindByColumn = new TreeMap<>();
    private final Warnings warnings;

    GoalRows(Warnings warnings) {
        this.warnings = warnings;
    }

    /** The goal kind a section's goal label names; 总体 and 整体 goals, and labels of no kind, are overall. */
    static String kindOf(String label) {
        String kind = ProjectFormLayout.goalKind(label);
        String key = Labels.key(label);
        return kind == null || key.contains("总体") || key.contains("整体") ? "overall" : kind;
    }

    /** Takes a row of goal labels as the columns' kinds; false when the row is not one. */
    boolean labels(RowText row) {
        List<CellText> labels = row.cells().stream().filter(c -> !ProjectFormLayout.isGoalSection(c.text())).toList();
        if (labels.isEmpty() || !labels.stream().allMatch(c -> ProjectFormLayout.goalKind(c.text()) != null)) {
            return false;
        }
        kindByColumn.clear();
        labels.forEach(c -> kindByColumn.put(c.column(), ProjectFormLayout.goalKind(c.text())));
        return true;
    }

    /** Adds the goals of a row: by the column labels above it, else all of {@code kind}. */
    void row(RowText row, String kind, List<Goal> goals) {
        for (CellText cell : row.cells()) {
            Map.Entry<Integer, String> column = kindByColumn.floorEntry(cell.column());
            if (!kindByColumn.isEmpty() && column == null) {
                warnings.unplaced(cell, row.page(), "the goals");
                continue;
            }
            Goals.paragraphs(column == null ? kind : column.getValue(), cell.text(), row.page(), goals);
        }
    }
}
