package org.perftable.normalize;

import java.util.ArrayList;
import java.util.List;
import org.perftable.grid.Cell;
import org.perftable.grid.Row;

/** A table row's non-empty cells, cleaned, with the page it is printed on. */
record RowText(List<CellText> cells, int page) {

    RowText {
        cells = List.copyOf(cells);
    }

    static RowText of(Row row) {
        List<CellText> cells = new ArrayList<>();
        for (Cell cell : row.cells()) {
            if (!cell.isBlank()) {
                cells.add(CellText.of(cell.column(), cell.text(), cell.colSpan()));
            }
        }
        return new RowText(cells, row.page());
    }

    boolean isEmpty() {
        return cells.isEmpty();
    }

    CellText first() {
        return cells.get(0);
    }

    /** The cells after the first. */
    RowText rest() {
        return new RowText(cells.subList(1, cells.size()), page);
    }

    /** The row's texts joined by " / ", for naming the row in a warning. */
    String joined() {
        return String.join(" / ", cells.stream().map(c -> Warnings.head(c.text())).toList());
    }

    boolean has(String key) {
        return cells.stream().anyMatch(c -> c.key().equals(key));
    }

    boolean hasKeyContaining(String part) {
        return cells.stream().anyMatch(c -> c.key().contains(part));
    }
}
