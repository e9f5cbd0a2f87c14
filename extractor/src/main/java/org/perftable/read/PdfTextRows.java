package org.perftable.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The rows of a table read from the alignment of its text: where a line goes on in the row above and
 * where it starts one. A line starts a row when a rule runs above it, when it is further below the
 * row than a line pitch allows, when a piece of it falls in a cell whose last line did not wrap (the
 * piece's first word would have fitted at that line's end, within the column's widest line), or when
 * no cell of the row runs on to it. Line pitch alone cannot tell rows apart where a producer sets
 * rows without padding (LibreOffice Writer's tables), so the width is what tells; a merged cell is
 * measured against the lines that span the same columns.
 */
final class PdfTextRows {

    /** A line this many line pitches or less under a cell's last line can continue it. */
    static final double WRAP = 1.2;

    /**
     * A line this many line pitches or more under a row's last line, beside none of its cells, starts
     * a row: no cell of the row ran on to it (a label centred beside two lines sits half a pitch lower).
     */
    private static final double FULL_LINE = 0.9;

    /**
     * A cell line ending this many font sizes or less before the next column's start may fill its
     * column: the cell's padding and a character.
     */
    private static final double FULL_GAP = 2.5;

    /**
     * Between words of Latin script, a cell line ending this many font sizes or more short of its
     * column's widest line did not wrap, however long the next word (such words are rare in a form).
     */
    private static final double SHORT = 1.5;

    /** Room for a space between two words, in font sizes: a generous one, so that a wrap is never taken for a row end. */
    private static final double SPACE = 0.35;

    /** Slack for rounding in glyph positions, in font sizes. */
    private static final double FIT_SLACK = 0.05;

    /**
     * A word that would have fitted at a cell line's end with less room than this to spare, in font
     * sizes, fits only by a hair: the widest line may belong to cells of another width.
     */
    private static final double HAIR = 0.25;

    /** Punctuation a line may not end with (it goes down with the character after it). */
    private static final String OPENING = "（(《〈【[{“‘「『";

    /** Punctuation a line may not start with (the character before it comes down with it). */
    private static final String CLOSING = "）)》〉】]}”’」』，。、；：！？,.;:!?%％";

    /** A whole target value: a number with its sign and unit (≥15.8万人, 100%, 20个). */
    private static final Pattern QUANTITY = Pattern.compile("[≥≤＞＜><=]?\\s*[-+]?\\d[\\d,.]*\\s*(?:%|‰|[\\p{IsHan}A-Za-z/·]{0,4})");

    /** An item's number printed in a column of its own: 十二、 3. (4) （五） */
    private static final Pattern ITEM_NUMBER = Pattern.compile("[一二三四五六七八九十百]+[、.]|\\d+[、.]|[(（](?:\\d+|[一二三四五六七八九十]+)[)）]");

    /** A row being built: per column, the glyphs of its cell and the last line it took. */
    static final class RowDraft {
        final Map<Integer, List<PdfGlyph>> cells = new TreeMap<>();
        final Map<Integer, List<PdfGlyph>> lastLine = new HashMap<>();
        final Map<Integer, Integer> spans = new HashMap<>();
        /** Columns where this row's first line lies beside a full cell line of the row above that may have wrapped. */
        final Set<Integer> besideWrap = new TreeSet<>();
        final double firstBaseline;
        double lastBaseline;
        double top;
        double bottom;

        RowDraft(PdfTextTable.Line line) {
            firstBaseline = line.baseline();
            top = line.baseline() - line.size();
            bottom = line.baseline();
        }
    }

    /** The run's lines gathered into rows. */
    static List<RowDraft> rows(List<PdfTextTable.Line> run, List<Double> starts, double pitch, double[][] widest,
            List<PdfRuling> rules, boolean goesOn, Set<Integer> undecided) {
        List<RowDraft> drafts = new ArrayList<>();
        RowDraft row = null;
        double previous = Double.NaN;
        for (PdfTextTable.Line line : run) {
            // the rest of a row cut by the page end holds only the cells that ran on; a line with
            // text in another column starts the next row
            boolean rest = row != null && row == drafts.get(0) && goesOn;
            List<Integer> wrapped = List.of();
            if (row != null && row.firstBaseline == previous && line.baseline() - previous <= WRAP * pitch) {
                wrapped = mayHaveWrapped(row, line, previous, widest, starts);
                if (opensOnlyByAHair(row, line, widest, starts)) {
                    undecided.addAll(wrapped);
                }
            }
            if (row == null || rest && Arrays.stream(line.columns()).anyMatch(c -> !drafts.get(0).cells.containsKey(c))
                    || !continues(row, line, previous, pitch, widest, starts, rules)) {
                row = new RowDraft(line);
                row.besideWrap.addAll(wrapped);
                drafts.add(row);
            }
            for (int p = 0; p < line.pieces().size(); p++) {
                List<PdfGlyph> piece = line.pieces().get(p);
                int c = line.columns()[p];
                row.cells.computeIfAbsent(c, k -> new ArrayList<>()).addAll(piece);
                row.lastLine.put(c, piece);
                row.spans.merge(c, PdfTextTable.span(starts, c, piece), Math::max);
            }
            row.lastBaseline = line.baseline();
            row.bottom = line.baseline() + 0.3 * line.size();
            previous = line.baseline();
        }
        return drafts;
    }

    /**
     * The columns where a line under a row of one line may go on in that row's cell while another
     * piece of it starts a cell: the cell's line ends full (at the next column's start, less a
     * column gap) and the piece's first word would not have fitted there. In a label column that is
     * a label wrapped in a cell spanning rows, or the next row's own label: the page cannot tell.
     */
    private static List<Integer> mayHaveWrapped(RowDraft row, PdfTextTable.Line line, double previous, double[][] widest,
            List<Double> starts) {
        List<Integer> columns = new ArrayList<>();
        boolean starting = false;
        for (int p = 0; p < line.pieces().size(); p++) {
            int c = line.columns()[p];
            List<PdfGlyph> last = row.lastLine.get(c);
            List<PdfGlyph> piece = line.pieces().get(p);
            boolean runsOn = last != null && last.get(0).baseline() == previous
                    && !wouldHaveFit(last, piece, width(widest[c], PdfTextTable.span(starts, c, last)))
                    && !(whole(last) && whole(piece));
            if (runsOn && full(last, c + PdfTextTable.span(starts, c, last), starts, widest[c])) {
                columns.add(c);
            }
            starting |= !runsOn;
        }
        return starting ? columns : List.of();
    }

    /**
     * Whether every piece of a line that would open a cell under a row of one line would have fitted
     * at the end of a full cell line above only by a hair: beside a piece that wrapped, the line may
     * as well go on in the row.
     */
    private static boolean opensOnlyByAHair(RowDraft row, PdfTextTable.Line line, double[][] widest, List<Double> starts) {
        boolean opens = false;
        for (int p = 0; p < line.pieces().size(); p++) {
            int c = line.columns()[p];
            List<PdfGlyph> last = row.lastLine.get(c);
            List<PdfGlyph> piece = line.pieces().get(p);
            if (last == null || whole(last) && whole(piece)) {
                return false;
            }
            int span = PdfTextTable.span(starts, c, last);
            double width = width(widest[c], span);
            if (wouldHaveFit(last, piece, width)) {
                if (!full(last, c + span, starts, widest[c])
                        || wouldHaveFit(last, piece, width - HAIR * last.get(last.size() - 1).size())) {
                    return false;
                }
                opens = true;
            }
        }
        return opens;
    }

    /**
     * Whether a cell line ends where its column ends: within {@value #FULL_GAP} font sizes of the
     * next column's start, or of the widest line in the last column.
     */
    private static boolean full(List<PdfGlyph> line, int next, List<Double> starts, double[] widest) {
        PdfGlyph end = line.get(line.size() - 1);
        double columnEnd = next < starts.size() ? starts.get(next) : Arrays.stream(widest).max().orElse(0);
        return end.right() >= columnEnd - FULL_GAP * end.size();
    }

    /** Whether a line goes on in the row above rather than starting one. */
    private static boolean continues(RowDraft row, PdfTextTable.Line line, double previous, double pitch, double[][] widest,
            List<Double> starts, List<PdfRuling> rules) {
        double gap = line.baseline() - previous;
        // a lone piece under its cell's last line goes on in that cell; up to a blank line below one
        // ending a sentence, as its next paragraph. Under a row of one line and one cell (a category
        // printed on a row of its own) the width tells, as for any line.
        List<PdfGlyph> above = row.lastLine.get(line.columns()[0]);
        boolean categoryRow = row.cells.size() == 1 && row.firstBaseline == previous;
        boolean paragraph = line.pieces().size() == 1 && above != null && above.get(0).baseline() == previous && !categoryRow
                && (gap <= WRAP * pitch || gap <= PdfTextTable.LABEL_GAP * pitch && PdfPageLayout.endsSentence(above));
        if (paragraph) {
            return true;
        }
        if (gap > WRAP * pitch) {
            return false;
        }
        for (PdfRuling rule : rules) {
            double x = line.glyphs().get(0).x();
            if (rule.position() > previous && rule.position() < line.baseline() - 0.8 * line.size()
                    && rule.from() <= x + line.size() && x <= rule.to()) {
                return false;
            }
        }
        if (gap >= FULL_LINE * pitch && Arrays.stream(line.columns()).noneMatch(row.cells::containsKey)) {
            return false;
        }
        // a row of one line and one cell is a category printed on a row of its own: a line with
        // text beside it starts the next row
        if (categoryRow && Arrays.stream(line.columns()).anyMatch(c -> !row.cells.containsKey(c))) {
            return false;
        }
        for (int p = 0; p < line.pieces().size(); p++) {
            int c = line.columns()[p];
            List<PdfGlyph> last = row.lastLine.get(c);
            if (last != null && (last.get(0).baseline() != previous
                    || wouldHaveFit(last, line.pieces().get(p), width(widest[c], PdfTextTable.span(starts, c, last)))
                    || whole(last) && whole(line.pieces().get(p)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the first word of a piece would have fitted at the end of the cell line above, within
     * the widest line of its column: then that line did not wrap, and the piece starts a new cell.
     * A line breaks anywhere between Chinese characters, between words elsewhere, and never before
     * closing or after opening punctuation; so the first word carries its punctuation with it.
     * Between Latin words the room taken is at most {@value #SHORT} font sizes.
     */
    private static boolean wouldHaveFit(List<PdfGlyph> above, List<PdfGlyph> piece, double widest) {
        PdfGlyph end = above.get(above.size() - 1);
        int i = 0;
        while (i + 1 < piece.size() && OPENING.indexOf(piece.get(i).text().charAt(0)) >= 0) {
            i++;
        }
        if (!ideographic(piece.get(i))) {
            while (i + 1 < piece.size() && !ideographic(piece.get(i + 1))
                    && piece.get(i + 1).x() - piece.get(i).right() <= PdfPageLayout.WORD_GAP * end.size()) {
                i++;
            }
        }
        while (i + 1 < piece.size() && CLOSING.indexOf(piece.get(i + 1).text().charAt(0)) >= 0) {
            i++;
        }
        double word = piece.get(i).right() - piece.get(0).x();
        double needed = ideographic(end) || ideographic(piece.get(0)) ? word
                : Math.min(SPACE * end.size() + word, SHORT * end.size());
        return end.right() + needed <= widest + FIT_SLACK * end.size();
    }

    /**
     * Whether a cell line is whole by itself, a target value or an item's number: two such lines in
     * one column are two cells (a value or a number does not wrap into another), however full the first.
     */
    private static boolean whole(List<PdfGlyph> piece) {
        String text = PdfPageLayout.lineText(piece);
        return QUANTITY.matcher(text).matches() || ITEM_NUMBER.matcher(text).matches();
    }

    private static boolean ideographic(PdfGlyph glyph) {
        int c = glyph.text().codePointAt(0);
        return Character.isIdeographic(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || c >= 0x3000 && c <= 0x303F || c >= 0xFF00 && c <= 0xFFEF;
    }

    /**
     * The widest line a cell whose text spans {@code span} columns can hold: of one column, the
     * widest of the column; of several, the widest line spanning as many or more, for a merged cell
     * may reach further than its text does.
     */
    private static double width(double[] widest, int span) {
        if (span == 1) {
            return widest[1];
        }
        double width = 0;
        for (int s = span; s < widest.length; s++) {
            width = Math.max(width, widest[s]);
        }
        return width;
    }

    private PdfTextRows() {
    }
}
