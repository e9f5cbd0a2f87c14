package org.perftable.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A ruled table found on a page: the column and row boundaries where its borders run, and its cells,
 * each the region its borders enclose. Where an inner border is missing, the cell spans the lattice
 * cells it covers (a merged cell).
 */
final class PdfTable {

    /** Boundaries closer than this are one border drawn twice (double lines, overlapping cells). */
    private static final double SAME_LINE = 4.0;
    private static final double TOLERANCE = 3.5;
    /** How far a glyph's point may lie over the table's top or bottom border and still be inside it. */
    private static final double EDGE = 1.0;

    final double[] xs;
    final double[] ys;
    final List<PdfCellBox> cells = new ArrayList<>();
    /** For each lattice cell, the index of the cell covering it. */
    private final int[][] owner;
    /**
     * The column boundaries the table's columns are numbered by: its own, or those of the table it runs
     * on from (see {@link #runsOn}), of which its own are a part.
     */
    private double[] numbering;
    /** For each of the table's column boundaries, its index in {@link #numbering}. */
    private int[] boundaryNumber;

    /** The column boundaries of the last ruled table of a page, for a table that runs on to the next page. */
    static final class RunOn {
        private double[] boundaries;

        /** A page without a ruled table: nothing runs on past it. */
        void clear() {
            boundaries = null;
        }
    }

    /**
     * A cell as the rulings enclose it: lattice row and column of its top-left corner and its spans.
     */
    record PdfCellBox(int row, int column, int rowSpan, int colSpan, double left, double top, double right,
            double bottom) {
    }

    PdfTable(List<PdfRuling> rulings) {
        List<PdfRuling> horizontals = rulings.stream().filter(PdfRuling::horizontal).toList();
        List<PdfRuling> verticals = rulings.stream().filter(r -> !r.horizontal()).toList();
        List<Double> columns = new ArrayList<>(verticals.stream().map(PdfRuling::position).toList());
        // tables open at the sides still end where their horizontal borders end
        columns.add(horizontals.stream().mapToDouble(PdfRuling::from).min().orElseThrow());
        columns.add(horizontals.stream().mapToDouble(PdfRuling::to).max().orElseThrow());
        List<Double> rows = new ArrayList<>(horizontals.stream().map(PdfRuling::position).toList());
        rows.add(verticals.stream().mapToDouble(PdfRuling::from).min().orElseThrow());
        rows.add(verticals.stream().mapToDouble(PdfRuling::to).max().orElseThrow());
        xs = boundaries(columns);
        ys = boundaries(rows);
        owner = new int[ys.length - 1][xs.length - 1];
        for (int[] line : owner) {
            Arrays.fill(line, -1);
        }
        for (int i = 0; i < ys.length - 1; i++) {
            for (int j = 0; j < xs.length - 1; j++) {
                if (owner[i][j] < 0) {
                    addCell(i, j, horizontals, verticals);
                }
            }
        }
        numbering = xs;
        boundaryNumber = new int[xs.length];
        Arrays.setAll(boundaryNumber, i -> i);
    }

    /**
     * Numbers the columns of the first table of a page as those of the last table of the page before
     * when every column boundary of this one is a boundary of that one: the same table run on, its
     * rows printed on under the same columns, where rows above (the form's head rows) split columns
     * that no row here splits. Its cells then keep the column numbers of the rows above the break.
     */
    void runsOn(RunOn before) {
        double[] previous = before.boundaries;
        if (previous == null) {
            return;
        }
        int[] numbers = new int[xs.length];
        int k = 0;
        for (int i = 0; i < xs.length; i++) {
            while (k < previous.length && previous[k] < xs[i] - TOLERANCE) {
                k++;
            }
            if (k == previous.length || previous[k] > xs[i] + TOLERANCE) {
                return;
            }
            numbers[i] = k++;
        }
        numbering = previous;
        boundaryNumber = numbers;
    }

    /** Hands this table's column boundaries on to the first table of the next page (see {@link #runsOn}). */
    void handOn(RunOn next) {
        next.boundaries = numbering;
    }

    /** The column a cell starts in, as the table's columns are numbered. */
    int column(PdfCellBox box) {
        return boundaryNumber[box.column()];
    }

    /** The columns a cell spans, as the table's columns are numbered. */
    int colSpan(PdfCellBox box) {
        return boundaryNumber[box.column() + box.colSpan()] - boundaryNumber[box.column()];
    }

    /** Whether another table lies wholly inside this one. */
    boolean encloses(PdfTable other) {
        return xs[0] <= other.xs[0] && other.xs[other.xs.length - 1] <= xs[xs.length - 1]
                && ys[0] <= other.ys[0] && other.ys[other.ys.length - 1] <= ys[ys.length - 1];
    }

    double area() {
        return (xs[xs.length - 1] - xs[0]) * (ys[ys.length - 1] - ys[0]);
    }

    double left() {
        return xs[0];
    }

    double top() {
        return ys[0];
    }

    /**
     * The cell holding a glyph's point (just above its baseline), or -1 when the point is outside the
     * table. Above the top border or below the bottom one, only a rounding's distance is allowed: a
     * line set close over or under the table (a title, 单位：万元) is printed outside it, however small
     * its type, while the tolerance at the sides lets text that overruns its cell stay in it.
     */
    int cellAt(double x, double y) {
        if (y < ys[0] - EDGE || y > ys[ys.length - 1] + EDGE) {
            return -1;
        }
        int j = slot(xs, x);
        int i = slot(ys, y);
        return i < 0 || j < 0 ? -1 : owner[i][j];
    }

    private void addCell(int i, int j, List<PdfRuling> horizontals, List<PdfRuling> verticals) {
        int colSpan = 1;
        while (j + colSpan < xs.length - 1 && owner[i][j + colSpan] < 0
                && !bordered(verticals, xs[j + colSpan], ys[i], ys[i + 1])) {
            colSpan++;
        }
        int rowSpan = 1;
        while (i + rowSpan < ys.length - 1 && !rowBorderUnder(horizontals, i + rowSpan, j, colSpan)) {
            rowSpan++;
        }
        int index = cells.size();
        for (int r = i; r < i + rowSpan; r++) {
            for (int c = j; c < j + colSpan; c++) {
                owner[r][c] = index;
            }
        }
        cells.add(new PdfCellBox(i, j, rowSpan, colSpan, xs[j], ys[i], xs[j + colSpan], ys[i + rowSpan]));
    }

    /** Whether a border runs along boundary row {@code i} under any of the columns of the span. */
    private boolean rowBorderUnder(List<PdfRuling> horizontals, int i, int j, int colSpan) {
        for (int c = j; c < j + colSpan; c++) {
            if (owner[i][c] >= 0 || bordered(horizontals, ys[i], xs[c], xs[c + 1])) {
                return true;
            }
        }
        return false;
    }

    /** Whether a ruling at {@code position} covers the middle of the stretch from {@code a} to {@code b}. */
    private static boolean bordered(List<PdfRuling> rulings, double position, double a, double b) {
        double middle = (a + b) / 2;
        return rulings.stream().anyMatch(r -> r.covers(position, middle, TOLERANCE));
    }

    private static double[] boundaries(List<Double> positions) {
        double[] sorted = positions.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] kept = new double[sorted.length];
        int n = 0;
        for (double p : sorted) {
            if (n == 0 || p - kept[n - 1] >= SAME_LINE) {
                kept[n++] = p;
            }
        }
        return Arrays.copyOf(kept, n);
    }

    private static int slot(double[] bounds, double value) {
        if (value < bounds[0] - TOLERANCE || value > bounds[bounds.length - 1] + TOLERANCE) {
            return -1;
        }
        int i = Arrays.binarySearch(bounds, value);
        int slot = i >= 0 ? i : -i - 2;
        return Math.max(0, Math.min(slot, bounds.length - 2));
    }
}
