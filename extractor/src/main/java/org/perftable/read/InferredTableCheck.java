package org.perftable.read;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whether a table read from the alignment of its text ({@link PdfTextTable}) can be trusted. A wrong
 * record is worse than a missing one, so a table whose rows disagree with its columns, or whose rows
 * could as well be parted otherwise, is refused and its lines stay text. The evidence is the layout
 * alone: in a table printed without rules each cell keeps to its columns, its text set apart from the
 * next cell's, a value starts its cell, and a line goes on the cells of its row or opens new ones,
 * not both; across a page end, only a cell whose text reaches the last line can go on.
 */
final class InferredTableCheck {

    /** Text may start this many font sizes left of its column's start (rounding, a glyph's side bearing). */
    private static final double START_SLACK = 0.3;
    /** Text may end this many font sizes past the start of the column after its cell. */
    private static final double END_SLACK = 0.05;
    /** Text of two cells on one line is at least this many font sizes apart (a word space is less). */
    private static final double CELL_GAP = 0.3;
    /** Glyphs whose baselines are less than this many font sizes apart are on one line. */
    private static final double SAME_LINE = 0.5;
    /** A table not going on from the page before holds at least this many rows of two cells or more. */
    private static final int ROWS_IN_COLUMNS = 2;
    /** Columns that many rows or more fill apart from each other are one column split in two. */
    private static final int SPLIT_ROWS = 2;
    /**
     * A whole value: a number, a comparison with its number and unit, or a comparison or a percent sign
     * alone. It does not wrap into the cell below (text starting with a year may).
     */
    private static final Pattern WHOLE_VALUE = Pattern.compile(
            "[-+]?[\\d,]*\\d(?:\\.\\d+)?[%‰]?|[≥≤＞＜><=]\\s*[-+]?\\d[\\d,.]*\\s*(?:%|‰|[\\p{IsHan}A-Za-z/·]{0,4})|[≥≤＞＜><=%‰]");
    /** The start of a target value: a comparison and a number. A value starts its cell; it is no wrap. */
    private static final Pattern VALUE_START = Pattern.compile("^[≥≤＞＜><=]\\s*[-+]?\\d.*");

    private InferredTableCheck() {
    }

    /**
     * Why the table cannot be read with confidence, or empty when it can; {@code before} is the last
     * row of the page before's last table when this is the page's first table, else {@link LastRow#NONE}.
     */
    static Optional<String> doubt(PdfTextTable table, LastRow before) {
        List<Supplier<Optional<String>>> checks = List.of(() -> headingGoingOn(table, before),
                () -> rowOrRest(table, before), () -> overlap(table), () -> tooFewRows(table),
                () -> headedByLoneCell(table), () -> outsideColumns(table), () -> runOnText(table),
                () -> endsApart(table), () -> valueInsideCell(table), () -> splitColumn(table),
                () -> halfWrapped(table));
        for (Supplier<Optional<String>> check : checks) {
            Optional<String> doubt = check.get();
            if (doubt.isPresent()) {
                return doubt;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a page's first table may go on from the table refused at the end of the page before
     * ({@code refused}, its column starts): its columns start where that table's did, or only lines
     * of one piece stand above it on the page ({@code pageLines}), where that table's rest (a header
     * cell's last line, say) would stand.
     */
    static boolean goesOnFrom(List<Double> refused, PdfTextTable table, List<List<PdfGlyph>> pageLines) {
        if (refused.isEmpty()) {
            return false;
        }
        double size = pageLines.get(0).get(0).size();
        boolean sameColumns = table.starts.stream()
                .allMatch(start -> refused.stream().anyMatch(r -> Math.abs(r - start) <= PdfTextTable.ALIGN * size));
        boolean onlyLoneLinesAbove = pageLines.stream().takeWhile(line -> !table.lines.contains(line))
                .allMatch(line -> PdfPageLayout.segments(line).size() == 1);
        return sameColumns || onlyLoneLinesAbove;
    }

    /**
     * The last row of a page's last table, as a table on the next page may go on from it.
     *
     * @param atBottom the columns whose text reaches the table's last line: the cells a line on the next
     *                 page may go on (a label centred beside the rows ends above it)
     * @param cells    the text of each cell covering the row, by its first column
     */
    record LastRow(Set<Integer> atBottom, Map<Integer, String> cells) {
        static final LastRow NONE = new LastRow(Set.of(), Map.of());
    }

    /** The last row of a table taken, for the next page's first table to be weighed against. */
    static LastRow lastRow(PdfTextTable table) {
        double bottom = table.cells.stream().flatMap(cell -> cell.glyphs().stream()).mapToDouble(PdfGlyph::baseline).max()
                .orElse(0);
        Set<Integer> atBottom = new HashSet<>();
        Map<Integer, String> cells = new HashMap<>();
        for (PdfTextTable.GlyphCell cell : table.cells) {
            if (cell.row() + cell.rowSpan() != table.rows.size()) {
                continue;
            }
            cells.put(cell.column(), PdfPageLayout.cellText(PdfPageLayout.lines(cell.glyphs())));
            PdfGlyph last = cell.glyphs().stream().max(Comparator.comparingDouble(PdfGlyph::baseline)).orElseThrow();
            if (bottom - last.baseline() < SAME_LINE * last.size()) {
                for (int c = cell.column(); c < cell.column() + cell.colSpan(); c++) {
                    atBottom.add(c);
                }
            }
        }
        return new LastRow(atBottom, cells);
    }

    /**
     * A first row of one cell read as the rest of the row the page before ends with, where that row
     * has no text reaching the page end in its column: a heading over the page's table, not the rest
     * of any cell.
     */
    private static Optional<String> headingGoingOn(PdfTextTable table, LastRow before) {
        List<PdfTextTable.GlyphCell> first = firstRow(table);
        if (table.goesOn && first.size() == 1 && !before.atBottom().contains(first.get(0).column())) {
            return Optional.of("its first row, a single cell read as the rest of the row the page before ends with, "
                    + "is in a column where that row has no text");
        }
        return Optional.empty();
    }

    /**
     * A first row with fewer cells than the last row of the page before, which may so be read as that
     * row's rest, with a cell under a whole value of that row on the page before's last line: a value
     * does not wrap, so the row is one of its own.
     */
    private static Optional<String> rowOrRest(PdfTextTable table, LastRow before) {
        List<PdfTextTable.GlyphCell> first = firstRow(table);
        if (first.size() >= before.cells().size()) {
            return Optional.empty();
        }
        for (PdfTextTable.GlyphCell cell : first) {
            String above = before.cells().get(cell.column());
            if (above != null && before.atBottom().contains(cell.column()) && WHOLE_VALUE.matcher(above).matches()) {
                return Optional.of("its first row, with fewer cells than the row the page before ends with, is under the value "
                        + above + " of that row: a row of its own or that row's rest");
            }
        }
        return Optional.empty();
    }

    private static List<PdfTextTable.GlyphCell> firstRow(PdfTextTable table) {
        return table.cells.stream().filter(cell -> cell.row() == 0).toList();
    }

    /** Two cells with text covering one place of the grid: a line was put in a row it does not belong to. */
    private static Optional<String> overlap(PdfTextTable table) {
        int[][] cells = coverage(table);
        for (int r = 0; r < cells.length; r++) {
            for (int c = 0; c < table.columns; c++) {
                if (cells[r][c] > 1) {
                    return Optional.of("two cells cover row " + (r + 1) + ", column " + (c + 1));
                }
            }
        }
        return Optional.empty();
    }

    /** How many cells with text cover each place of the table's grid, by row and column. */
    private static int[][] coverage(PdfTextTable table) {
        int rows = table.rows.size();
        int[][] cells = new int[rows][table.columns];
        for (PdfTextTable.GlyphCell cell : table.cells) {
            for (int r = cell.row(); r < Math.min(rows, cell.row() + cell.rowSpan()); r++) {
                for (int c = cell.column(); c < Math.min(table.columns, cell.column() + cell.colSpan()); c++) {
                    cells[r][c]++;
                }
            }
        }
        return cells;
    }

    /** A table needs rows laid out in columns; a line or two in pieces is no evidence of any. */
    private static Optional<String> tooFewRows(PdfTextTable table) {
        long inColumns = table.rows.stream().filter(row -> row.cells().stream().filter(c -> !c.text().isEmpty()).count() >= 2)
                .count();
        return !table.goesOn && inColumns < ROWS_IN_COLUMNS
                ? Optional.of("only " + inColumns + " of its rows hold two cells or more") : Optional.empty();
    }

    /**
     * A first row of one cell, in a table not going on from the page before: a heading over the
     * table, or a row of its own, with no way to tell which.
     */
    private static Optional<String> headedByLoneCell(PdfTextTable table) {
        return !table.goesOn && firstRow(table).size() == 1 ? Optional.of("its first row holds a single cell") : Optional.empty();
    }

    /**
     * A cell line starting left of its column or running into the column after its cell: the text
     * straddles a column boundary, so the columns found are not the table's.
     */
    private static Optional<String> outsideColumns(PdfTextTable table) {
        for (PdfTextTable.GlyphCell cell : table.cells) {
            double from = table.starts.get(cell.column());
            int after = cell.column() + cell.colSpan();
            double to = after < table.columns ? table.starts.get(after) : Double.MAX_VALUE;
            for (List<PdfGlyph> line : PdfPageLayout.lines(cell.glyphs())) {
                PdfGlyph first = line.get(0);
                PdfGlyph last = line.get(line.size() - 1);
                if (first.x() < from - START_SLACK * first.size() || last.right() > to + END_SLACK * last.size()) {
                    return Optional.of("the text " + PdfPageLayout.lineText(line) + " of row " + (cell.row() + 1)
                            + " runs across a column boundary");
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Two cells of a line closer than a cell's padding allows: one run of text (a title, prose) was
     * cut where a column happens to start. A number set flush right may end right before the next
     * cell's text.
     */
    private static Optional<String> runOnText(PdfTextTable table) {
        for (PdfTextTable.GlyphCell left : table.cells) {
            for (List<PdfGlyph> line : PdfPageLayout.lines(left.glyphs())) {
                PdfGlyph end = line.get(line.size() - 1);
                if (PdfTextTable.numeric(line)) {
                    continue; // a number set flush right may end right before the next cell's text
                }
                for (PdfTextTable.GlyphCell right : table.cells) {
                    for (PdfGlyph glyph : right.column() > left.column() ? right.glyphs() : List.<PdfGlyph>of()) {
                        if (Math.abs(glyph.baseline() - end.baseline()) < SAME_LINE * end.size() && glyph.x() >= end.right()
                                && glyph.x() - end.right() < CELL_GAP * end.size()) {
                            return Optional.of("the text " + PdfPageLayout.lineText(line) + " runs on into the next column");
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A line of the last row set further below the line above it than a wrap, or a last row of one
     * cell set so below the rows above: a paragraph of its cell or a category with nothing under it,
     * or a line after the table (the next form's title), with no way to tell which.
     */
    private static Optional<String> endsApart(PdfTextTable table) {
        double pitch = linePitch(table);
        int last = table.rows.size() - 1;
        List<PdfTextTable.GlyphCell> lastRow = table.cells.stream().filter(cell -> cell.row() == last).toList();
        double above = table.cells.stream().filter(cell -> cell.row() < last).flatMap(cell -> cell.glyphs().stream())
                .mapToDouble(PdfGlyph::baseline).max().orElse(Double.NaN);
        if (lastRow.size() == 1 && lastRow.get(0).glyphs().get(0).baseline() - above > PdfTextRows.WRAP * pitch) {
            // a row of one cell set apart under the table: a category with nothing under it, or the next form's title
            return Optional.of("the last row, " + PdfPageLayout.lineText(PdfPageLayout.lines(lastRow.get(0).glyphs()).get(0))
                    + ", stands apart from the table");
        }
        for (PdfTextTable.GlyphCell cell : table.cells) {
            if (cell.row() + cell.rowSpan() < table.rows.size()) {
                continue;
            }
            List<List<PdfGlyph>> lines = PdfPageLayout.lines(cell.glyphs());
            for (int i = 1; i < lines.size(); i++) {
                if (lines.get(i).get(0).baseline() - lines.get(i - 1).get(0).baseline() > PdfTextRows.WRAP * pitch) {
                    return Optional.of("the line " + PdfPageLayout.lineText(lines.get(i)) + " of row " + (cell.row() + 1)
                            + " stands apart from its cell");
                }
            }
        }
        return Optional.empty();
    }

    /** A cell line after the first that starts a target value: two rows were read as one. */
    private static Optional<String> valueInsideCell(PdfTextTable table) {
        for (PdfTextTable.GlyphCell cell : table.cells) {
            List<List<PdfGlyph>> lines = PdfPageLayout.lines(cell.glyphs());
            for (int i = 1; i < lines.size(); i++) {
                String text = PdfPageLayout.lineText(lines.get(i));
                if (VALUE_START.matcher(text).matches()) {
                    return Optional.of("the value " + text + " of row " + (cell.row() + 1) + " starts a line inside a cell");
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Two neighbouring columns that no row fills both of, each filled in several rows: one column
     * read as two (text set flush left, numbers flush right), its cells put apart by their kind.
     */
    private static Optional<String> splitColumn(PdfTextTable table) {
        int[][] filled = coverage(table);
        for (int c = 0; c + 1 < table.columns; c++) {
            int left = 0;
            int right = 0;
            boolean together = false;
            for (int[] row : filled) {
                left += row[c] > 0 ? 1 : 0;
                right += row[c + 1] > 0 ? 1 : 0;
                together |= row[c] > 0 && row[c + 1] > 0;
            }
            if (!together && left >= SPLIT_ROWS && right >= SPLIT_ROWS) {
                return Optional.of("no row has text in both columns " + (c + 1) + " and " + (c + 2));
            }
        }
        return Optional.empty();
    }

    /**
     * A line of a row that goes on a cell of the row and opens cells in columns the row left empty
     * above it: half of it reads as a wrap and half as a new row, and either may be wrong.
     */
    private static Optional<String> halfWrapped(PdfTextTable table) {
        Map<Integer, TreeMap<Double, Set<Integer>>> rowLines = new HashMap<>();
        for (PdfTextTable.GlyphCell cell : table.cells) {
            for (List<PdfGlyph> line : PdfPageLayout.lines(cell.glyphs())) {
                TreeMap<Double, Set<Integer>> lines = rowLines.computeIfAbsent(cell.row(), r -> new TreeMap<>());
                // cells of one line may sit a little apart (numbers set lower or higher than text)
                double baseline = line.get(0).baseline();
                Double near = lines.keySet().stream().filter(b -> Math.abs(b - baseline) < SAME_LINE * line.get(0).size())
                        .findFirst().orElse(baseline);
                lines.computeIfAbsent(near, b -> new HashSet<>()).add(cell.column());
            }
        }
        for (Map.Entry<Integer, TreeMap<Double, Set<Integer>>> row : rowLines.entrySet()) {
            Set<Integer> above = new HashSet<>();
            for (Set<Integer> line : row.getValue().values()) {
                if (!above.isEmpty() && line.stream().anyMatch(above::contains) && !above.containsAll(line)) {
                    return Optional.of("a line of row " + (row.getKey() + 1) + " both goes on its cells and opens new ones");
                }
                above.addAll(line);
            }
        }
        return Optional.empty();
    }

    /**
     * The table's line pitch: the smallest distance between the baselines of two of its lines, one
     * under the other, with text in one column (a label centred between rows is no line of theirs).
     */
    private static double linePitch(PdfTextTable table) {
        Map<PdfGlyph, Integer> columnOf = new IdentityHashMap<>();
        table.cells.forEach(cell -> cell.glyphs().forEach(glyph -> columnOf.put(glyph, cell.column())));
        List<List<PdfGlyph>> lines = table.lines.stream().sorted(Comparator.comparingDouble(line -> line.get(0).baseline()))
                .toList();
        double pitch = Double.MAX_VALUE;
        for (int i = 1; i < lines.size(); i++) {
            Set<Integer> above = lines.get(i - 1).stream().map(columnOf::get).collect(Collectors.toSet());
            if (lines.get(i).stream().map(columnOf::get).anyMatch(above::contains)) {
                pitch = Math.min(pitch, lines.get(i).get(0).baseline() - lines.get(i - 1).get(0).baseline());
            }
        }
        return pitch;
    }
}
