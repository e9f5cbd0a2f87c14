package org.perftable.normalize;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.perftable.filing.Goal;

/**
 * The goal section of a department form, read by what its labels mean: the texts under a section label
 * are goals of the kind it names (整体绩效目标 overall, 中长期目标 long_term), and a row of goal labels
 * (长期目标 | 年度目标) makes each column below it goals of its label's kind, whatever the section label.
 * A cell holds one goal per paragraph, or per 目标N where goals run on; a column's text continued on the
 * next page is the rest of the goal the page break cut.
 */
final class GoalRows {

    /** One column of goal texts (or a section's texts when no label row heads them) and the goals read from it. */
    private static final class Column {
        /** The printed labels over the column, naming its text when it is kept as a field. */
        final String label;
        final String kind;
        final String period;
        final List<Goal> goals = new ArrayList<>();
        String text;
        int page;

        Column(String label, String kind, String period) {
            this.label = label;
            this.kind = kind;
            this.period = period;
        }
    }

    private final FormDraft form;
    private final List<Column> read = new ArrayList<>();
    private final TreeMap<Integer, Column> byColumn = new TreeMap<>();
    private String sectionLabel;
    private Column section;

    GoalRows(FormDraft form) {
        this.form = form;
    }

    /**
     * Reads a row of two or more goal labels heading side-by-side columns (长期目标 | 年度目标), a label
     * that names no kind (绩效目标) perhaps before them; false when the row is not one.
     */
    boolean labelRow(RowText row) {
        List<CellText> labels = labelsIn(row);
        if (labels == null || labels.size() < 2) {
            return false;
        }
        sectionLabel = row.cells().stream().filter(c -> GoalLabels.isSection(c.text())).map(CellText::key)
                .findFirst().orElse(null);
        section = null;
        columns(labels);
        return true;
    }

    /** Opens a goal section under its label, whose texts are goals of the kind it names, with the rest of its row. */
    void open(String label, RowText rest) {
        sectionLabel = Labels.key(label);
        byColumn.clear();
        section = column(sectionLabel, GoalLabels.blockKind(label), GoalLabels.period(label));
        if (!rest.isEmpty()) {
            row(rest);
        }
    }

    /**
     * Reads a row of the goal section: goal labels over the columns below, or goal texts by the column
     * labels above them (in order when the row fills them all), else of the section's kind.
     */
    void row(RowText row) {
        List<CellText> labels = labelsIn(row);
        if (labels != null) {
            columns(labels);
            return;
        }
        List<Column> columns = List.copyOf(byColumn.values());
        boolean inOrder = row.cells().size() == columns.size();
        for (int i = 0; i < row.cells().size(); i++) {
            CellText cell = row.cells().get(i);
            Map.Entry<Integer, Column> under = byColumn.floorEntry(cell.column());
            Column column = byColumn.isEmpty() ? section : inOrder ? columns.get(i) : under == null ? null : under.getValue();
            if (column == null) {
                form.warnings.unplaced(cell, row.page(), "the goals");
            } else {
                add(column, cell.text(), row.page());
            }
        }
    }

    /** The goal labels of a row that holds nothing else (but labels naming no kind), or null. */
    private static List<CellText> labelsIn(RowText row) {
        List<CellText> labels = row.cells().stream().filter(c -> !GoalLabels.isSection(c.text())).toList();
        return !labels.isEmpty() && labels.stream().allMatch(c -> GoalLabels.kind(c.text()) != null) ? labels : null;
    }

    private void columns(List<CellText> labels) {
        byColumn.clear();
        for (CellText cell : labels) {
            String label = sectionLabel == null ? cell.key() : sectionLabel + "（" + cell.text() + "）";
            byColumn.put(cell.column(), column(label, GoalLabels.kind(cell.text()), GoalLabels.period(cell.text())));
        }
    }

    private Column column(String label, String kind, String period) {
        Column column = new Column(label, kind, period);
        read.add(column);
        return column;
    }

    private void add(Column column, String text, int page) {
        if (column.text != null && page > column.page) {
            form.warnings.add("wrapped_row_joined", column.label + " text " + Warnings.quote(Warnings.head(text))
                    + " read as the rest of the text above it, cut by a page break", page);
            column.text = CjkText.joinWrapped(column.text, text);
            Goal cut = column.goals.remove(column.goals.size() - 1);
            int at = indexOf(cut);
            form.goals.remove(at);
            List<String> parts = Goals.split(CjkText.joinWrapped(cut.text(), text));
            Goal joined = new Goal(cut.kind(), cut.seq(), cut.period(), parts.get(0), cut.page());
            form.goals.add(at, joined);
            column.goals.add(joined);
            parts.subList(1, parts.size()).forEach(goal -> addGoal(column, goal, page));
        } else {
            column.text = column.text == null ? text : column.text + "\n" + text;
            Goals.split(text).forEach(goal -> addGoal(column, goal, page));
        }
        column.page = page;
    }

    private void addGoal(Column column, String text, int page) {
        Integer number = Goals.number(text);
        int seq = number != null ? number : (int) form.goals.stream().filter(g -> g.kind().equals(column.kind)).count() + 1;
        Goal goal = new Goal(column.kind, seq, column.period, text, page);
        form.goals.add(goal);
        column.goals.add(goal);
    }

    private int indexOf(Goal goal) {
        for (int i = 0; i < form.goals.size(); i++) {
            if (form.goals.get(i) == goal) {
                return i;
            }
        }
        throw new IllegalStateException("a goal read from the goal section is no longer on the form");
    }

    /**
     * Ends the form. A column whose kind the form also prints goal by goal elsewhere (长期目标 1 … over
     * each goal's indicator table) sums up those goals rather than adding to them: its text is kept as a
     * field under its labels, and its goals are taken back.
     */
    void finish() {
        Set<Goal> fromSection = Collections.newSetFromMap(new IdentityHashMap<>());
        read.forEach(column -> fromSection.addAll(column.goals));
        for (Column column : read) {
            boolean printedElsewhere = form.goals.stream()
                    .anyMatch(g -> !fromSection.contains(g) && g.kind().equals(column.kind));
            if (column.text != null && printedElsewhere) {
                Set<Goal> summary = Collections.newSetFromMap(new IdentityHashMap<>());
                summary.addAll(column.goals);
                form.goals.removeIf(summary::contains);
                form.field(column.label, column.text);
            }
        }
    }
}
