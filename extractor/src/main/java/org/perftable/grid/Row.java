package org.perftable.grid;

import java.util.ArrayList;
import java.util.List;

/** A table row: its cells left to right, covered (merged-away) cells omitted or blank. */
public record Row(List<Cell> cells, int page, String source) implements Block {

    public Row {
        cells = List.copyOf(cells);
    }

    /** The cell at a grid column, or null when the row has none there. */
    public Cell cellAt(int column) {
        for (Cell cell : cells) {
            if (column >= cell.column() && column < cell.column() + cell.colSpan()) {
                return cell;
            }
        }
        return null;
    }

    /**
     * The row's text as text lines, each cell's lines in turn: for a row that cannot be read as cells,
     * so that its text is kept.
     */
    public List<TextLine> asTextLines() {
        List<TextLine> lines = new ArrayList<>();
        for (Cell cell : cells) {
            cell.text().lines().filter(line -> !line.isBlank()).forEach(line -> lines.add(new TextLine(line, page, cell.source())));
        }
        return lines;
    }

    public boolean isBlank() {
        return cells.stream().allMatch(Cell::isBlank);
    }
}
