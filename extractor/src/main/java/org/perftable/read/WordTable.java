package org.perftable.read;

import java.util.ArrayList;
import java.util.List;
import org.perftable.grid.Cell;
import org.perftable.grid.Row;

/**
 * Turns a Word table read cell by cell into rows: a cell that starts a vertical merge spans the
 * merged cells below it, which are left out of their rows.
 */
final class WordTable {

    enum Merge { NONE, RESTART, CONTINUE }

    /** A cell as the file holds it, before vertical merges are resolved. */
    record Slot(String text, int column, int colSpan, Merge merge, String source) {
    }

    private WordTable() {
    }

    /**
     * The table's rows on one page; {@code table} names it in sources ("table 2"). A continuing cell
     * with no merge above it in its column starts a merge of its own.
     */
    static List<Row> rows(List<List<Slot>> slots, int page, String table) {
        List<Row> rows = new ArrayList<>(slots.size());
        for (int r = 0; r < slots.size(); r++) {
            List<Cell> cells = new ArrayList<>();
            for (Slot slot : slots.get(r)) {
                if (slot.merge() == Merge.CONTINUE && merges(slots, r - 1, slot.column())) {
                    continue;
                }
                int rowSpan = 1;
                if (slot.merge() != Merge.NONE) {
                    while (r + rowSpan < slots.size() && continues(slots.get(r + rowSpan), slot.column())) {
                        rowSpan++;
                    }
                }
                cells.add(new Cell(slot.text(), slot.column(), rowSpan, slot.colSpan(), page, slot.source()));
            }
            rows.add(new Row(cells, page, table + " row " + (r + 1)));
        }
        return rows;
    }

    private static boolean merges(List<List<Slot>> slots, int r, int column) {
        return r >= 0 && slots.get(r).stream()
                .anyMatch(slot -> slot.column() == column && slot.merge() != Merge.NONE);
    }

    private static boolean continues(List<Slot> row, int column) {
        return row.stream().anyMatch(slot -> slot.column() == column && slot.merge() == Merge.CONTINUE);
    }
}
