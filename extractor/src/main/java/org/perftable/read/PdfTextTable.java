package org.perftable.read;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.perftable.grid.Cell;
import org.perftable.grid.Row;

/**
 * A table read from the alignment of its text where the page draws no lattice around it: no lines
 * at all, or rules across only (三线表). As in tabula-java's stream mode, columns are where the
 * pieces of several lines start at the same place: pieces are split at gaps of two font sizes, and a
 * column is a start shared by pieces of at least two lines, at least one column beyond the first
 * shared by {@value #ALIGNED_ROWS}. A line is part of the table when every piece of it starts at a
 * column; a lone piece is too when it continues the cell above within the line pitch, or stands
 * between two table lines (a category label). Lines whose pieces start elsewhere (prose, a spaced-out
 * title) stay text: no grid is made up where the columns are not there.
 *
 * <p>Rows are told by {@link PdfTextRows}. A category label printed once, at the top of its rows or vertically centred
 * beside them, spans the rows that leave its column and those left of it empty: in the first column,
 * and in each next one that most rows leave empty (一级, 二级 beside the 三级 of each row).
 *
 * <p>A table whose cells cannot be told with confidence carries a doubt, and its lines stay text
 * lines: two pieces of one line in one column (a column was not found), a number set flush right
 * beside an empty column of numbers (it may be set in a cell merged across both), a label filling its column
 * with more of it beside the next row's first line (a label wrapped in a cell spanning rows, or that
 * row's own label), the rest of a row cut by the page end in columns numbered otherwise than the
 * cut row's, or a table under no title after one in doubt (it may be that table run on, its head
 * rows back there). A wrong cell is worse than none.
 */
final class PdfTextTable {

    /** Pieces starting this many font sizes apart or closer start the same column. */
    static final double ALIGN = 1.0;
    /** A column that one row in this many, or more, leaves empty beside text further right holds labels. */
    private static final int LABEL_SHARE = 3;
    /** A line in type this many times the size of a table's or larger is a title: a new table follows. */
    private static final double TITLE = 1.2;
    /** A label line stands this many line pitches or less from the table lines around it. */
    static final double LABEL_GAP = 2.0;
    private static final int ALIGNED_ROWS = 3;
    /** A number this many font sizes or more after the text before it is a piece of its own. */
    private static final double NUMBER_GAP = 1.0;
    /** A glyph this close to a column's start, after a gap this wide (font sizes), starts a cell. */
    private static final double SPLIT_ALIGN = 0.3;
    private static final double SPLIT_GAP = 0.02;
    private static final Pattern NUMBER = Pattern.compile("[-+]?[\\d,]*\\d(?:\\.\\d+)?%?");

    private static final String RUN_ON_DOUBT = "it may go on from a table before it that could not be read";

    final double top;
    final List<Row> rows;
    /** Why its cells cannot be trusted, so that its lines stay text lines; null when they can. */
    final String doubt;
    final int columns;
    /** Where its columns start. */
    final List<Double> starts;
    /** The page's lines the table took, by identity. */
    final Set<List<PdfGlyph>> lines;
    /** Its cells with text, with the glyphs that went into each: what {@link InferredTableCheck} weighs. */
    final List<GlyphCell> cells;
    /** Whether it goes on from the table that ended the page before, its first row the rest of that table's last. */
    final boolean goesOn;

    private PdfTextTable(double top, List<Row> rows, List<Double> starts, Set<List<PdfGlyph>> lines, String doubt,
            List<GlyphCell> cells, boolean goesOn) {
        this.top = top;
        this.rows = rows;
        this.doubt = doubt;
        this.columns = starts.size();
        this.starts = starts;
        this.lines = lines;
        this.cells = cells;
        this.goesOn = goesOn;
    }

    /** A cell with text: the rows and columns it covers and its glyphs. */
    record GlyphCell(int row, int column, int rowSpan, int colSpan, List<PdfGlyph> glyphs) {
    }

    /**
     * What the tables read from alignment on one page hand on to the next: the columns of the last
     * (a table running on whose first column, a category label, is not printed again keeps its column
     * numbers), whether it took the page's last line, its last row, and whether it or the page's first
     * table was in doubt or refused.
     */
    static final class Columns {
        private List<Double> carried = List.of();
        /** Whether that table took the last line of its page: its last row may go on over the page. */
        private boolean endsPage;
        /** Where the pieces of the page's last line start, when that table took it. */
        private List<Double> lastLine = List.of();
        /** Why that table's cells could not be trusted, or null: a row it cut is no better on the next page. */
        private String doubt;
        /**
         * Whether this page opens with the rest of a row that the page before's table (read with
         * confidence) cut at its end, in a table in doubt: that row cannot be read whole.
         */
        private boolean cutRowLost;
        /** Whether this page's first table opens with the rest of a row the page before's table cut. */
        private boolean opensWithRest;
        /** The columns of the page before's last table when it was refused: a table going on from it is refused too. */
        private List<Double> refused = List.of();
        /** The last row of the page before's last table taken, which a table here may go on from. */
        private InferredTableCheck.LastRow lastRow = InferredTableCheck.LastRow.NONE;

        boolean cutRowLost() {
            return cutRowLost;
        }

        boolean opensWithRest() {
            return opensWithRest;
        }

        /** A page with nothing on it: what the page before's table hands on goes on past it. */
        void blankPage() {
            opensWithRest = false;
            cutRowLost = false;
        }

        /** The page's first table was refused: a row whose rest it opens with cannot be read whole. */
        void refuseFirst() {
            cutRowLost = opensWithRest;
        }

        /** The page's last table was refused: nothing goes on from it. */
        void refuse() {
            refused = carried;
            carried = List.of();
            endsPage = false;
        }

        /** Records the last row of the page's last table taken (none when none was). */
        void lastRow(InferredTableCheck.LastRow row) {
            lastRow = row;
        }

        InferredTableCheck.LastRow lastRow() {
            return lastRow;
        }

        /** The columns of the last table of the page before, when it was refused (else none), told once. */
        List<Double> takeRefused() {
            List<Double> taken = refused;
            refused = List.of();
            return taken;
        }
    }

    /** One line split into pieces, each with its column, or -1 where it starts at none. */
    record Line(List<PdfGlyph> glyphs, List<List<PdfGlyph>> pieces, int[] columns) {

        double baseline() {
            return glyphs.get(0).baseline();
        }

        double size() {
            return glyphs.get(0).size();
        }

        boolean aligned() {
            for (int column : columns) {
                if (column < 0) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * The tables among the text lines outside a page's ruled tables: looked for on a page without a
     * ruled table, or with rules drawn across it outside them; a page whose text beside its ruled
     * tables has no such rule keeps that text as text.
     */
    static List<PdfTextTable> findOutside(int page, List<List<PdfGlyph>> textLines, List<PdfRuling> rulings,
            List<PdfTable> tables, Columns columns) {
        List<PdfRuling> across = rulings.stream()
                .filter(r -> r.horizontal() && tables.stream().noneMatch(t -> t.xs[0] - 2 <= r.from()
                        && r.to() <= t.xs[t.xs.length - 1] + 2 && t.ys[0] - 2 <= r.position()
                        && r.position() <= t.ys[t.ys.length - 1] + 2))
                .toList();
        boolean wentOn = columns.endsPage && !columns.carried.isEmpty() && columns.doubt == null;
        List<PdfTextTable> found = !textLines.isEmpty() && (tables.isEmpty() || !across.isEmpty())
                ? find(page, textLines, across, columns) : List.of();
        PdfTextTable first = found.isEmpty() ? null : found.get(0);
        columns.opensWithRest = wentOn && first != null && first.lines.contains(textLines.get(0));
        columns.cutRowLost = columns.opensWithRest && first.doubt != null;
        PdfTextTable last = found.isEmpty() ? null : found.get(found.size() - 1);
        columns.carried = last == null ? List.of() : last.starts;
        columns.endsPage = last != null && last.lines.contains(textLines.get(textLines.size() - 1));
        // a page without a table (a long cell's rest, set as text) keeps the doubt of the one before
        columns.doubt = last == null ? columns.doubt : last.doubt;
        columns.lastLine = columns.endsPage ? PdfPageLayout.segments(textLines.get(textLines.size() - 1)).stream()
                .map(piece -> (double) piece.get(0).x()).toList() : List.of();
        return found;
    }

    /**
     * The tables among a page's text lines (top to bottom, each left to right), with the rules drawn
     * across the page outside any ruled table; {@code cutCells} are the columns where the last row of
     * the page before's table has text on its last line, the cells a row cut by the page end goes on.
     */
    private static List<PdfTextTable> find(int page, List<List<PdfGlyph>> textLines, List<PdfRuling> rules,
            Columns pageBefore) {
        List<Double> carried = pageBefore.carried;
        boolean goesOn = pageBefore.endsPage;
        Set<Integer> cutCells = pageBefore.lastRow.atBottom();
        List<List<List<PdfGlyph>>> gapped = textLines.stream().map(PdfPageLayout::segments).toList();
        List<Double> first = withFlushLeftNumbers(gapped, columnStarts(gapped));
        // pieces split again where they run into a column, then the columns counted again: a number
        // set flush right and the text after it were one piece
        List<List<List<PdfGlyph>>> pieces = gapped.stream().map(line -> splitAtColumns(line, first)).toList();
        List<Double> starts = columnStarts(pieces);
        // a table that took the last line of the page before may go on here in lines of one piece
        // (a long cell's rest): its columns are carried over
        boolean carriedOn = goesOn && !carried.isEmpty();
        if (starts.size() < 2 && !carriedOn) {
            return List.of();
        }
        if (starts.size() >= 2) {
            starts = withFlushRightColumns(pieces, starts);
            starts = withHeaders(pieces, starts);
            starts = withLeadingLabels(pieces, starts);
        }
        if (!carried.isEmpty() && starts.stream().allMatch(start -> carried.stream()
                .anyMatch(c -> Math.abs(c - start) <= ALIGN * textLines.get(0).get(0).size()))) {
            // the table of the page before goes on: its columns keep their numbers here
            starts = carried;
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < textLines.size(); i++) {
            List<List<PdfGlyph>> split = splitAtColumns(pieces.get(i), starts);
            int[] columns = new int[split.size()];
            for (int p = 0; p < split.size(); p++) {
                columns[p] = numeric(split.get(p)) ? containing(starts, split.get(p).get(0))
                        : column(starts, split.get(p).get(0));
            }
            lines.add(new Line(textLines.get(i), split, columns));
        }
        double pitch = pitch(lines);
        boolean[] member = members(lines, pitch);
        // the page's first line, under pieces of the page before's last line, may be the rest of a cut row
        member[0] |= carriedOn && lines.get(0).aligned() && rest(lines.get(0), pageBefore.lastLine);
        int continued = 0;
        if (carriedOn && starts == carried) {
            // the page's first lines, each piece within a column of the table going on, continue it
            // a line of one piece in a column where the row cut by the page end has no text (a heading) is none of it
            while (continued < lines.size() && lines.get(continued).aligned() && withinColumns(lines.get(continued), starts)
                    && (lines.get(continued).pieces.size() > 1 || cutCells.contains(lines.get(continued).columns[0]))) {
                member[continued++] = true;
            }
        }
        List<PdfTextTable> tables = new ArrayList<>();
        // the doubt of the table before, on this page or one before: a table under no title (a line
        // in larger type) may be that table run on, its cells no better and its head rows back there
        String before = pageBefore.doubt;
        int afterLast = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!member[i]) {
                continue;
            }
            int end = i;
            while (end + 1 < lines.size() && member[end + 1]) {
                end++;
            }
            List<Line> run = lines.subList(i, end + 1);
            if (i < continued || run.stream().filter(line -> line.pieces.size() > 1).count() >= 2 && aligned(run)) {
                double size = run.get(0).size();
                boolean runsOn = before != null
                        && lines.subList(afterLast, i).stream().noneMatch(line -> line.size() > TITLE * size);
                PdfTextTable table;
                if (i == 0 && carriedOn && continued == 0 && rest(run.get(0), pageBefore.lastLine)) {
                    // the page opens with the rest of a row cut by the page end, in columns of its own
                    boolean sameColumns = sameColumns(run.get(0), starts, carried);
                    String doubt = runsOn ? RUN_ON_DOUBT : sameColumns ? null
                            : "it opens with the rest of a row cut at the end of the page before, in columns other than that row's";
                    table = build(page, run, starts, pitch, rules, sameColumns, doubt);
                } else {
                    table = build(page, run, starts, pitch, rules, i < continued, runsOn ? RUN_ON_DOUBT : null);
                }
                tables.add(table);
                before = table.doubt;
                afterLast = end + 1;
            }
            i = end;
        }
        return tables;
    }

    /**
     * Starts shared by pieces of two lines or more (of lines in several pieces), left to right. A
     * start shared by numbers only is no column where the numbers are set flush right (they end
     * together): where they start then says nothing of the column. Numbers that start together and
     * end apart are set flush left, and start their column.
     */
    private static List<Double> columnStarts(List<List<List<PdfGlyph>>> pieces) {
        List<List<PdfGlyph>> firsts = new ArrayList<>();
        for (List<List<PdfGlyph>> line : pieces) {
            if (line.size() > 1) {
                firsts.addAll(line);
            }
        }
        firsts.sort((a, b) -> Double.compare(a.get(0).x(), b.get(0).x()));
        List<Double> starts = new ArrayList<>();
        int i = 0;
        while (i < firsts.size()) {
            PdfGlyph first = firsts.get(i).get(0);
            boolean words = !numeric(firsts.get(i));
            double lastStart = first.x();
            double leastEnd = end(firsts.get(i));
            double mostEnd = leastEnd;
            int j = i;
            while (j + 1 < firsts.size() && firsts.get(j + 1).get(0).x() - first.x() <= ALIGN * first.size()) {
                j++;
                words |= !numeric(firsts.get(j));
                lastStart = firsts.get(j).get(0).x();
                leastEnd = Math.min(leastEnd, end(firsts.get(j)));
                mostEnd = Math.max(mostEnd, end(firsts.get(j)));
            }
            boolean flushLeft = lastStart - first.x() <= SPLIT_ALIGN * first.size()
                    && mostEnd - leastEnd > SPLIT_ALIGN * first.size();
            if (j > i && (words || flushLeft)) {
                starts.add(first.x());
            }
            i = j + 1;
        }
        return starts;
    }

    /**
     * The starts with those of header cells printed once over their column (whose cells hold numbers
     * or run on from another page): a line of three pieces or more, most of them starting at columns,
     * directly over a line in columns, is the table's header, and each of its pieces starts a column.
     */
    private static List<Double> withHeaders(List<List<List<PdfGlyph>>> pieces, List<Double> starts) {
        List<Double> extended = new ArrayList<>(starts);
        for (int i = 0; i + 1 < pieces.size(); i++) {
            List<List<PdfGlyph>> line = pieces.get(i);
            List<List<PdfGlyph>> below = pieces.get(i + 1);
            long atColumns = line.stream().filter(piece -> startsColumn(starts, piece)).count();
            if (line.size() >= 3 && atColumns < line.size() && 2 * atColumns > line.size() && below.size() >= 2
                    && below.stream().allMatch(piece -> startsColumn(starts, piece))) {
                line.stream().filter(piece -> !startsColumn(starts, piece) && !numeric(piece))
                        .forEach(piece -> extended.add(piece.get(0).x()));
            }
        }
        extended.sort(Double::compare);
        return extended;
    }

    private static boolean startsColumn(List<Double> starts, List<PdfGlyph> piece) {
        return numeric(piece) ? containing(starts, piece.get(0)) >= 0 : column(starts, piece.get(0)) >= 0;
    }

    /**
     * The starts with a label column left of them all, printed once on the page (a category running
     * on from the page before): the first piece of a line whose other pieces all start at columns.
     */
    private static List<Double> withLeadingLabels(List<List<List<PdfGlyph>>> pieces, List<Double> starts) {
        for (List<List<PdfGlyph>> line : pieces) {
            PdfGlyph first = line.get(0).get(0);
            if (line.size() > 2 && first.x() < starts.get(0) - ALIGN * first.size()
                    && line.stream().skip(1).allMatch(piece -> column(starts, piece.get(0)) >= 0)) {
                List<Double> extended = new ArrayList<>(starts);
                extended.add(0, first.x());
                return extended;
            }
        }
        return starts;
    }

    /**
     * The starts with those of columns of numbers set flush left in a narrow table, where a number
     * follows the text of the column before it by less than a column gap: numbers ending pieces of
     * {@value #ALIGNED_ROWS} lines or more, each after a gap of a font size or more, starting
     * together and ending apart.
     */
    private static List<Double> withFlushLeftNumbers(List<List<List<PdfGlyph>>> lines, List<Double> starts) {
        List<List<PdfGlyph>> numbers = new ArrayList<>();
        for (List<List<PdfGlyph>> line : lines) {
            for (List<PdfGlyph> piece : line) {
                int k = piece.size() - 1;
                while (k > 0 && !(piece.get(k).x() - piece.get(k - 1).right() >= NUMBER_GAP * piece.get(k).size())) {
                    k--;
                }
                if (k > 0 && numeric(piece.subList(k, piece.size()))) {
                    numbers.add(piece.subList(k, piece.size()));
                    break;
                }
            }
        }
        numbers.sort(Comparator.comparingDouble(number -> number.get(0).x()));
        List<Double> extended = new ArrayList<>(starts);
        int i = 0;
        while (i < numbers.size()) {
            PdfGlyph first = numbers.get(i).get(0);
            double leastEnd = end(numbers.get(i));
            double mostEnd = leastEnd;
            int j = i;
            while (j + 1 < numbers.size() && numbers.get(j + 1).get(0).x() - first.x() <= SPLIT_ALIGN * first.size()) {
                j++;
                leastEnd = Math.min(leastEnd, end(numbers.get(j)));
                mostEnd = Math.max(mostEnd, end(numbers.get(j)));
            }
            if (j - i + 1 >= ALIGNED_ROWS && mostEnd - leastEnd > SPLIT_ALIGN * first.size()
                    && extended.stream().noneMatch(start -> Math.abs(start - first.x()) <= ALIGN * first.size())) {
                extended.add(first.x());
            }
            i = j + 1;
        }
        extended.sort(Double::compare);
        return extended;
    }

    /**
     * The starts with those of columns of numbers set flush right (as spreadsheets print them):
     * where numbers of several lines end at two places within one column, two columns end there,
     * and a piece starting between the first end and the numbers of the second (their header,
     * printed once) starts the second column. Without such a piece no column is added.
     */
    private static List<Double> withFlushRightColumns(List<List<List<PdfGlyph>>> pieces, List<Double> starts) {
        List<List<PdfGlyph>> numbers = new ArrayList<>();
        List<Double> pieceStarts = new ArrayList<>();
        for (List<List<PdfGlyph>> line : pieces) {
            if (line.size() > 1) {
                for (List<PdfGlyph> piece : line) {
                    if (numeric(piece)) {
                        numbers.add(piece);
                    } else {
                        pieceStarts.add(piece.get(0).x());
                    }
                }
            }
        }
        numbers.sort(Comparator.comparingDouble(PdfTextTable::end));
        // ends shared by numbers of two lines or more, each with the leftmost start of its numbers
        List<double[]> ends = new ArrayList<>();
        int i = 0;
        while (i < numbers.size()) {
            List<PdfGlyph> first = numbers.get(i);
            double left = first.get(0).x();
            int j = i;
            while (j + 1 < numbers.size() && end(numbers.get(j + 1)) - end(first) <= SPLIT_ALIGN * first.get(0).size()) {
                j++;
                left = Math.min(left, numbers.get(j).get(0).x());
            }
            if (j > i) {
                ends.add(new double[] {end(first), left});
            }
            i = j + 1;
        }
        List<Double> extended = new ArrayList<>(starts);
        for (int e = 1; e < ends.size(); e++) {
            double previousEnd = ends.get(e - 1)[0];
            double numbersStart = ends.get(e)[1];
            if (extended.stream().anyMatch(start -> start > previousEnd && start <= numbersStart)) {
                continue;
            }
            pieceStarts.stream().filter(start -> start > previousEnd && start < numbersStart)
                    .min(Double::compare).ifPresent(extended::add);
        }
        extended.sort(Double::compare);
        return extended;
    }

    private static double end(List<PdfGlyph> piece) {
        return piece.get(piece.size() - 1).right();
    }

    /** Whether a piece is a number as a spreadsheet prints it (digits, separators, a decimal part, a percent sign). */
    static boolean numeric(List<PdfGlyph> piece) {
        return NUMBER.matcher(PdfPageLayout.lineText(piece)).matches();
    }

    /** The column a number set flush right falls in: the last one starting at or before it. */
    private static int containing(List<Double> starts, PdfGlyph first) {
        int c = starts.size() - 1;
        while (c >= 0 && starts.get(c) > first.x() + ALIGN * first.size()) {
            c--;
        }
        return c;
    }

    /**
     * Pieces split where a glyph starts a column after a gap, however narrow: a number set flush right
     * ends a hair before the next column's text starts.
     */
    private static List<List<PdfGlyph>> splitAtColumns(List<List<PdfGlyph>> pieces, List<Double> starts) {
        List<List<PdfGlyph>> split = new ArrayList<>();
        for (List<PdfGlyph> piece : pieces) {
            List<PdfGlyph> current = new ArrayList<>();
            for (PdfGlyph glyph : piece) {
                if (!current.isEmpty() && glyph.x() - current.get(current.size() - 1).right() > SPLIT_GAP * glyph.size()
                        && starts.stream().anyMatch(start -> Math.abs(glyph.x() - start) <= SPLIT_ALIGN * glyph.size())) {
                    split.add(current);
                    current = new ArrayList<>();
                }
                current.add(glyph);
            }
            split.add(current);
        }
        return split;
    }

    private static int column(List<Double> starts, PdfGlyph first) {
        for (int c = 0; c < starts.size(); c++) {
            if (Math.abs(first.x() - starts.get(c)) <= ALIGN * first.size()) {
                return c;
            }
        }
        return -1;
    }

    /** The smallest distance between the baselines of two lines with text in the same column. */
    private static double pitch(List<Line> lines) {
        double pitch = Double.MAX_VALUE;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).aligned() && lines.get(i - 1).aligned() && shareColumn(lines.get(i - 1), lines.get(i))) {
                pitch = Math.min(pitch, lines.get(i).baseline() - lines.get(i - 1).baseline());
            }
        }
        return pitch == Double.MAX_VALUE ? 1.2 * lines.get(0).size() : pitch;
    }

    private static boolean shareColumn(Line a, Line b) {
        for (int x : a.columns) {
            for (int y : b.columns) {
                if (x == y) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Which lines belong to a table: aligned lines in pieces, and the lone pieces among them. */
    private static boolean[] members(List<Line> lines, double pitch) {
        boolean[] member = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            member[i] = lines.get(i).pieces.size() > 1 && lines.get(i).aligned();
        }
        for (int i = 1; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (member[i] || line.pieces.size() != 1 || !line.aligned()) {
                continue;
            }
            double above = line.baseline() - lines.get(i - 1).baseline();
            boolean continues = member[i - 1] && above <= LABEL_GAP * pitch;
            boolean label = member[i - 1] && i + 1 < lines.size() && member[i + 1]
                    && lines.get(i + 1).pieces.size() > 1 && above <= LABEL_GAP * pitch
                    && lines.get(i + 1).baseline() - line.baseline() <= LABEL_GAP * pitch;
            member[i] = continues || label;
        }
        return member;
    }

    /**
     * Whether every piece of a page's first line starts where a piece of the page before's last line
     * started: it may be the rest of the cells a page end cut.
     */
    private static boolean rest(Line first, List<Double> lastLine) {
        return first.pieces.stream().allMatch(piece -> lastLine.stream()
                .anyMatch(x -> Math.abs(piece.get(0).x() - x) <= ALIGN * piece.get(0).size()));
    }

    /**
     * Whether each piece of a line starts where the column of the same number started on the page
     * before: the rest of a cut row keeps its cells' columns although the page adds others.
     */
    private static boolean sameColumns(Line line, List<Double> starts, List<Double> carried) {
        for (int p = 0; p < line.pieces.size(); p++) {
            int c = line.columns[p];
            if (c >= carried.size() || Math.abs(starts.get(c) - carried.get(c)) > ALIGN * line.size()) {
                return false;
            }
        }
        return true;
    }

    /** Whether a column beyond the first starts pieces of {@value #ALIGNED_ROWS} lines of the run. */
    private static boolean aligned(List<Line> run) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (Line line : run) {
            for (int p = 1; p < line.pieces.size(); p++) {
                counts.merge(line.columns[p], 1, Integer::sum);
            }
        }
        return counts.values().stream().anyMatch(count -> count >= ALIGNED_ROWS);
    }

    private static PdfTextTable build(int page, List<Line> run, List<Double> starts, double pitch, List<PdfRuling> rules,
            boolean goesOn, String doubtBefore) {
        int n = starts.size();
        // the widest line of each column, per the number of columns its cells span: a merged cell
        // is as wide as the columns it covers
        double[][] widest = new double[n][n + 1];
        double right = 0;
        for (Line line : run) {
            right = Math.max(right, line.glyphs.get(line.glyphs.size() - 1).right());
            for (int p = 0; p < line.pieces.size(); p++) {
                List<PdfGlyph> piece = line.pieces.get(p);
                int c = line.columns[p];
                int span = span(starts, c, piece);
                widest[c][span] = Math.max(widest[c][span], piece.get(piece.size() - 1).right());
            }
        }
        // columns where a new row's line lies beside a cell line above that may have wrapped, while
        // the line's other pieces would have fitted above only by a hair
        Set<Integer> undecided = new TreeSet<>();
        List<PdfTextRows.RowDraft> drafts = PdfTextRows.rows(run, starts, pitch, widest, rules, goesOn, undecided);
        int labels = labelColumns(drafts, n);
        String doubt = doubtBefore;
        if (doubt == null && run.stream().anyMatch(line -> Arrays.stream(line.columns).distinct().count() < line.columns.length)) {
            doubt = "two pieces of one line fall in one column: a column was not found";
        }
        if (doubt == null && mergedNumber(drafts, starts)) {
            doubt = "a number set flush right beside an empty column of numbers may be set in a cell merged across both";
        }
        if (doubt == null && !undecided.isEmpty()) {
            doubt = "a line wraps in one cell while its other pieces would have fitted in the row above only by a hair: "
                    + "the rest of that row or a row of its own";
        }
        int[][] rowSpans = new int[drafts.size()][];
        for (int r = 0; r < drafts.size(); r++) {
            rowSpans[r] = new int[n];
            Arrays.fill(rowSpans[r], 1);
        }
        for (int c = 0; c < Math.max(1, labels); c++) {
            labelSpans(drafts, c, rowSpans);
        }
        List<Row> rows = new ArrayList<>();
        List<GlyphCell> glyphCells = new ArrayList<>();
        // per column, the row up to which a label above spans it
        int[] spannedUntil = new int[n];
        for (int r = 0; r < drafts.size(); r++) {
            PdfTextRows.RowDraft draft = drafts.get(r);
            List<Cell> cells = new ArrayList<>();
            // as in a lattice, every column has a cell, blank where nothing is printed, but for
            // those a span covers
            int covered = 0;
            for (int c = 0; c < n; c++) {
                List<PdfGlyph> glyphs = draft.cells.get(c);
                if (glyphs == null && (c < covered || r < spannedUntil[c])) {
                    continue;
                }
                int colSpan = glyphs == null ? 1 : draft.spans.get(c);
                int rowSpan = glyphs == null ? 1 : rowSpans[r][c];
                for (int k = c; k < c + colSpan; k++) {
                    spannedUntil[k] = Math.max(spannedUntil[k], r + rowSpan);
                }
                covered = Math.max(covered, c + colSpan);
                double left = starts.get(c) - 2;
                double cellRight = c + colSpan < n ? starts.get(c + colSpan) - 2 : right + 2;
                double bottom = drafts.get(Math.min(r + rowSpan, drafts.size()) - 1).bottom;
                String text = glyphs == null ? "" : PdfPageLayout.cellText(PdfPageLayout.lines(glyphs));
                if (glyphs != null) {
                    glyphCells.add(new GlyphCell(r, c, rowSpan, colSpan, glyphs));
                }
                // in a label column, a label wrapped in a cell spanning rows looks the same as the next
                // row's own label: the cell says so, for the page cannot tell
                boolean mayContinueAbove = glyphs != null && draft.besideWrap.contains(c) && leftEmpty(drafts, c);
                cells.add(new Cell(text, c, rowSpan, colSpan, page, "page " + page + " inferred box " + tenths(left) + ","
                        + tenths(draft.top) + "," + tenths(cellRight) + "," + tenths(bottom), mayContinueAbove));
            }
            rows.add(new Row(cells, page, "page " + page + " inferred row " + (r + 1)));
        }
        Set<List<PdfGlyph>> taken = Collections.newSetFromMap(new IdentityHashMap<>());
        run.forEach(line -> taken.add(line.glyphs));
        return new PdfTextTable(drafts.get(0).top, rows, starts, taken, doubt, glyphCells, goesOn);
    }

    /**
     * How many leading columns hold category labels: each is left empty by most rows that have text
     * further right (the rows its labels span).
     */
    private static int labelColumns(List<PdfTextRows.RowDraft> drafts, int columns) {
        int labels = 0;
        while (labels < columns - 1) {
            int c = labels;
            long further = drafts.stream().skip(1).filter(d -> d.cells.keySet().stream().anyMatch(k -> k > c)).count();
            long empty = drafts.stream().skip(1).filter(d -> !d.cells.containsKey(c)
                    && d.cells.keySet().stream().anyMatch(k -> k > c)).count();
            if (further == 0 || 2 * empty <= further) {
                break;
            }
            labels++;
        }
        return labels;
    }

    /**
     * Whether a row holds a number set flush right (short of its column's start) in a column whose
     * left neighbour holds numbers in other rows but is empty in this one: a cell merged across both
     * puts its number where the right one's end, so the page cannot tell which column it is in.
     */
    private static boolean mergedNumber(List<PdfTextRows.RowDraft> drafts, List<Double> starts) {
        Set<Integer> numbers = new TreeSet<>();
        drafts.forEach(d -> d.cells.forEach((c, glyphs) -> {
            if (numeric(glyphs)) {
                numbers.add(c);
            }
        }));
        for (PdfTextRows.RowDraft draft : drafts) {
            for (Map.Entry<Integer, List<PdfGlyph>> cell : draft.cells.entrySet()) {
                int c = cell.getKey();
                PdfGlyph first = cell.getValue().get(0);
                if (c > 0 && numeric(cell.getValue()) && first.x() > starts.get(c) + ALIGN * first.size()
                        && numbers.contains(c - 1) && !draft.cells.containsKey(c - 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a third or more of the rows with text right of column {@code c} leave it empty: it holds
     * labels that span rows.
     */
    private static boolean leftEmpty(List<PdfTextRows.RowDraft> drafts, int c) {
        long further = drafts.stream().filter(d -> d.cells.keySet().stream().anyMatch(k -> k > c)).count();
        long empty = drafts.stream().filter(d -> !d.cells.containsKey(c) && d.cells.keySet().stream().anyMatch(k -> k > c))
                .count();
        return empty > 0 && LABEL_SHARE * empty >= further;
    }

    /** Whether every piece of a line stays within its column (prose runs across them). */
    private static boolean withinColumns(Line line, List<Double> starts) {
        for (int p = 0; p < line.pieces.size(); p++) {
            if (span(starts, line.columns[p], line.pieces.get(p)) > 1) {
                return false;
            }
        }
        return true;
    }

    /** Columns a piece covers: its own, and those whose start it runs past. */
    static int span(List<Double> starts, int c, List<PdfGlyph> piece) {
        PdfGlyph end = piece.get(piece.size() - 1);
        int span = 1;
        while (c + span < starts.size() && end.right() > starts.get(c + span) + ALIGN * end.size()) {
            span++;
        }
        return span;
    }

    /**
     * Row spans of the labels in column {@code c} over the rows under them that leave it, and every
     * column left of it, empty: all of them for a label set at the top of its row, and for one set
     * lower (vertically centred) the rows whose middle is nearest its own.
     */
    private static void labelSpans(List<PdfTextRows.RowDraft> drafts, int c, int[][] spans) {
        for (int r = 0; r < drafts.size(); r++) {
            List<PdfGlyph> label = drafts.get(r).cells.get(c);
            if (label == null) {
                continue;
            }
            double labelTop = label.stream().mapToDouble(PdfGlyph::baseline).min().orElseThrow();
            double labelBottom = label.stream().mapToDouble(PdfGlyph::baseline).max().orElseThrow();
            double middle = (labelTop + labelBottom) / 2;
            if (labelTop <= drafts.get(r).firstBaseline + 0.5 * label.get(0).size()) {
                int n = 1;
                while (r + n < drafts.size() && leavesEmpty(drafts.get(r + n), c)) {
                    n++;
                }
                spans[r][c] = n;
                continue;
            }
            int best = 1;
            double bestDistance = Double.MAX_VALUE;
            for (int n = 1; r + n <= drafts.size() && (n == 1 || leavesEmpty(drafts.get(r + n - 1), c)); n++) {
                double rowsMiddle = (drafts.get(r).firstBaseline + drafts.get(r + n - 1).lastBaseline) / 2;
                if (Math.abs(rowsMiddle - middle) < bestDistance) {
                    bestDistance = Math.abs(rowsMiddle - middle);
                    best = n;
                }
            }
            spans[r][c] = best;
        }
    }

    /** Whether a row has no text in column {@code c} nor left of it. */
    private static boolean leavesEmpty(PdfTextRows.RowDraft row, int c) {
        return row.cells.isEmpty() || row.cells.keySet().iterator().next() > c;
    }

    private static String tenths(double value) {
        return BigDecimal.valueOf(Math.round(value * 10), 1).toPlainString();
    }
}
