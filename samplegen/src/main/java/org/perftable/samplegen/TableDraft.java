package org.perftable.samplegen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A table being drawn row by row: each cell placed at its column with its spans, covered cells left out. */
final class TableDraft {

    final int width;
    private final List<String[]> text = new ArrayList<>();
    private final List<int[]> rowSpans = new ArrayList<>();
    private final List<int[]> colSpans = new ArrayList<>();

    TableDraft(int width) {
        this.width = width;
    }

    /** Starts a row and returns its index. */
    int row() {
        String[] cells = new String[width];
        Arrays.fill(cells, "");
        int[] rows = new int[width];
        int[] cols = new int[width];
        Arrays.fill(rows, 1);
        Arrays.fill(cols, 1);
        text.add(cells);
        rowSpans.add(rows);
        colSpans.add(cols);
        return text.size() - 1;
    }

    int height() {
        return text.size();
    }

    void put(int row, int column, String cell) {
        text.get(row)[column] = cell;
    }

    /** Places a cell spanning right over {@code cols} columns and down over {@code rows} rows (rows must exist by {@link #layout}). */
    void put(int row, int column, String cell, int rows, int cols) {
        text.get(row)[column] = cell;
        rowSpans.get(row)[column] = rows;
        colSpans.get(row)[column] = cols;
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    TableLayout layout() {
        int height = text.size();
        String[][] cells = text.toArray(new String[0][]);
        int[][] rows = rowSpans.toArray(new int[0][]);
        int[][] cols = colSpans.toArray(new int[0][]);
        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                rows[r][c] = Math.min(rows[r][c], height - r);
                cols[r][c] = Math.min(cols[r][c], width - c);
            }
        }
        return new TableLayout(cells, rows, cols);
    }
}
