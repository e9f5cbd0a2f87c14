package org.perftable.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.perftable.filing.Warning;
import org.perftable.grid.Block;
import org.perftable.grid.Cell;
import org.perftable.grid.Grid;
import org.perftable.grid.Page;
import org.perftable.grid.Row;

/**
 * Settles the cells a reader could not set apart from the rest of the cell above them
 * ({@link Cell#mayContinueAbove()}): on a page without rulings, a category label wrapped in a cell
 * spanning rows (服务对象满意度 / 指标) looks the same as the next row's own label. The taxonomy tells
 * them apart where the page cannot: the two are one label when only together they name a category
 * (or the start of one), and two labels when the lower one is a category by itself and together they
 * are none. Where it cannot tell either, the table is not read: its rows, and those of the tables it
 * runs on into across page ends, become text lines with a {@code table_refused} warning, for a row
 * read wrong is worse than a row not read.
 */
final class WrappedLabels {

    private WrappedLabels() {
    }

    static Grid resolve(Grid grid, List<Warning> warnings) {
        if (grid.blocks().noneMatch(block -> block instanceof Row row && row.cells().stream().anyMatch(Cell::mayContinueAbove))) {
            return grid;
        }
        // the blocks of all pages in order, so that a table and the tables it runs on into are one run
        List<Block> blocks = grid.blocks().toList();
        List<Block> settled = new ArrayList<>(blocks.size());
        int start = 0;
        while (start < blocks.size()) {
            int end = start;
            while (end < blocks.size() && blocks.get(end) instanceof Row) {
                end++;
            }
            if (end == start) {
                settled.add(blocks.get(start++));
                continue;
            }
            List<Row> run = blocks.subList(start, end).stream().map(Row.class::cast).toList();
            List<Row> rows = settle(run, warnings);
            if (rows != null) {
                settled.addAll(rows);
            } else {
                run.forEach(row -> settled.addAll(row.asTextLines()));
            }
            start = end;
        }
        Map<Integer, List<Block>> byPage = settled.stream().collect(Collectors.groupingBy(Block::page));
        List<Page> pages = grid.pages().stream()
                .map(page -> new Page(page.number(), byPage.getOrDefault(page.number(), List.of())))
                .toList();
        return new Grid(grid.format(), pages, grid.notices());
    }

    /** The run's rows with each doubtful cell joined to the one above or kept apart; null when one cannot be told. */
    private static List<Row> settle(List<Row> run, List<Warning> warnings) {
        List<List<Cell>> cells = new ArrayList<>();
        run.forEach(row -> cells.add(new ArrayList<>(row.cells())));
        for (int r = 1; r < run.size(); r++) {
            for (Cell cell : List.copyOf(cells.get(r))) {
                if (!cell.mayContinueAbove()) {
                    continue;
                }
                // the cell above: in the row above, or reaching down over it from a row higher up
                int from = r - 1;
                while (from > 0 && cellAt(cells.get(from), cell.column()) < 0) {
                    from--;
                }
                int at = cellAt(cells.get(from), cell.column());
                Cell above = at < 0 || from + cells.get(from).get(at).rowSpan() < r ? null : cells.get(from).get(at);
                Reading reading = above == null ? Reading.UNKNOWN : Reading.of(above.text(), cell.text());
                if (reading == Reading.UNKNOWN) {
                    warnings.add(new Warning("table_refused", "page " + cell.page() + ": a table read from the alignment of its text"
                            + " was left as text lines: " + Warnings.quote(cell.text()) + " may be the rest of the label "
                            + (above == null ? "above it" : Warnings.quote(above.text())) + " or a label of its own,"
                            + " and neither reading names a category", cell.page()));
                    return null;
                }
                List<Cell> row = cells.get(r);
                int index = row.indexOf(cell);
                if (reading == Reading.ONE_LABEL) {
                    // the label's cell reaches down over the rows the lower piece spanned
                    cells.get(from).set(at, new Cell(above.text() + "\n" + cell.text(), above.column(),
                            above.rowSpan() + cell.rowSpan(), above.colSpan(), above.page(), above.source()));
                    row.remove(index);
                    warnings.add(new Warning("wrapped_label_joined", "page " + cell.page() + ": " + Warnings.quote(cell.text())
                            + " read as the rest of the label " + Warnings.quote(above.text())
                            + " wrapped in a cell spanning rows: only together do they name a category", cell.page()));
                } else {
                    row.set(index, new Cell(cell.text(), cell.column(), cell.rowSpan(), cell.colSpan(), cell.page(), cell.source()));
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < run.size(); r++) {
            rows.add(new Row(cells.get(r), run.get(r).page(), run.get(r).source()));
        }
        return rows;
    }

    /** The index of the cell that starts at a column, or -1. */
    private static int cellAt(List<Cell> row, int column) {
        for (int i = 0; i < row.size(); i++) {
            if (row.get(i).column() == column) {
                return i;
            }
        }
        return -1;
    }

    /** What a doubtful cell is to the label above it. */
    private enum Reading {
        ONE_LABEL, TWO_LABELS, UNKNOWN;

        static Reading of(String above, String below) {
            boolean together = Taxonomy.isCategory(Labels.key(above + below));
            String alone = Labels.key(below);
            boolean whole = Taxonomy.level1(alone) != null || Taxonomy.level2(alone) != null;
            if (together && !whole) {
                return ONE_LABEL;
            }
            return whole && !together ? TWO_LABELS : UNKNOWN;
        }
    }
}
