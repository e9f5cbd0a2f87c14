package org.perftable.samplegen;

import java.util.List;
import org.perftable.grid.Cell;
import org.perftable.grid.Row;

/**
 * The merged cells a printed form would have, read off a text export's table: a section label in the
 * first column, or a category (…指标, …构成) in the next two, spans down over the empty cells below it
 * while those rows go on to the right, and a row's last filled cell spans right over the empty cells
 * after it. Generated variants give their merges explicitly instead.
 */
final class TableLayout {

    private static final int LABEL_COLUMNS = 3;

    final int width;
    final String[][] text;
    final int[][] rowSpan;
    final int[][] colSpan;
    /** Cells covered by another cell's span. */
    final boolean[][] covered;

    TableLayout(List<Row> rows) {
        width = rows.stream().mapToInt(r -> r.cells().size()).max().orElse(1);
        int height = rows.size();
        text = new String[height][width];
        rowSpan = new int[height][width];
        colSpan = new int[height][width];
        covered = new boolean[height][width];
        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                text[r][c] = "";
                rowSpan[r][c] = 1;
                colSpan[r][c] = 1;
            }
            for (Cell cell : rows.get(r).cells()) {
                text[r][cell.column()] = cell.text();
            }
        }
        spanRight();
        spanDown();
    }

    /** A table whose merged cells are given: each span's top-left cell holds the text, covered cells none. */
    TableLayout(String[][] text, int[][] rowSpan, int[][] colSpan) {
        this.width = text[0].length;
        this.text = text;
        this.rowSpan = rowSpan;
        this.colSpan = colSpan;
        this.covered = new boolean[text.length][width];
        for (int r = 0; r < text.length; r++) {
            for (int c = 0; c < width; c++) {
                for (int dr = 0; dr < rowSpan[r][c]; dr++) {
                    for (int dc = 0; dc < colSpan[r][c]; dc++) {
                        if (dr > 0 || dc > 0) {
                            covered[r + dr][c + dc] = true;
                        }
                    }
                }
            }
        }
    }

    private void spanRight() {
        for (int r = 0; r < text.length; r++) {
            int last = lastFilled(r);
            if (last >= 0 && last < width - 1) {
                colSpan[r][last] = width - last;
                for (int c = last + 1; c < width; c++) {
                    covered[r][c] = true;
                }
            }
        }
    }

    private void spanDown() {
        for (int c = 0; c < Math.min(LABEL_COLUMNS, width); c++) {
            for (int r = 0; r < text.length; r++) {
                if (!spansDown(text[r][c], c) || covered[r][c] || colSpan[r][c] > 1) {
                    continue;
                }
                int below = r + 1;
                while (below < text.length && text[below][c].isEmpty() && !covered[below][c]
                        && lastFilled(below) > c) {
                    covered[below][c] = true;
                    below++;
                }
                rowSpan[r][c] = below - r;
            }
        }
    }

    private static boolean spansDown(String text, int column) {
        String label = text.replaceAll("\\s", "");
        return column == 0 ? !label.isEmpty()
                : label.endsWith("指标") || label.endsWith("构成") || label.equals("总体资金情况");
    }

    private int lastFilled(int r) {
        for (int c = width - 1; c >= 0; c--) {
            if (!text[r][c].isEmpty()) {
                return c;
            }
        }
        return -1;
    }
}
