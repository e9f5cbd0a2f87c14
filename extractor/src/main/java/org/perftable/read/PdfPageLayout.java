package org.perftable.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.math.BigDecimal;
import org.perftable.grid.Block;
import org.perftable.grid.Cell;
import org.perftable.grid.Notice;
import org.perftable.grid.Page;
import org.perftable.grid.Row;
import org.perftable.grid.TextLine;

/**
 * Lays one page out as blocks: glyphs inside a ruled table go to the cell that holds their centre
 * (just above the baseline), the rest form text lines; tables and lines come in reading order, top
 * to bottom. Text outside ruled tables may still be a table drawn without full rulings
 * ({@link PdfTextTable}): read from the alignment of its text, and said so in a notice; or, where
 * its layout leaves the reading in doubt ({@link InferredTableCheck}), left as text lines with a
 * notice saying why, as is a table going on from one so refused.
 */
final class PdfPageLayout {

    /** A gap this many font sizes wide separates two cells of a line (or two text lines). */
    private static final double COLUMN_GAP = 2.0;
    /** A gap this many font sizes wide between glyphs of one line is a space. */
    static final double WORD_GAP = 0.25;
    /** A sentence ending this many font sizes short of the widest line of its cell ends a paragraph. */
    private static final double PARAGRAPH_END = 3.0;
    /** Lines this many line pitches apart have an empty line between them. */
    private static final double BLANK_LINE = 1.7;
    private static final String SENTENCE_END = "。；：！？;:.!?";

    private PdfPageLayout() {
    }

    static Page layout(int number, List<PdfGlyph> glyphs, List<PdfRuling> rulings, List<Notice> notices,
            PdfTextTable.Columns columns, PdfTable.RunOn runOn) {
        if (glyphs.isEmpty() && rulings.isEmpty()) {
            // a blank page (a page break a producer doubled) breaks no table read from alignment
            columns.blankPage();
            return new Page(number, List.of());
        }
        List<PdfTable> found = PdfTables.find(rulings);
        // a one-cell box around other tables is a frame, not a table
        List<PdfTable> tables = found.stream()
                .filter(t -> t.cells.size() > 1 || found.stream().noneMatch(inner -> inner != t && t.encloses(inner)))
                .toList();
        List<List<List<PdfGlyph>>> cellGlyphs = new ArrayList<>();
        for (PdfTable table : tables) {
            List<List<PdfGlyph>> cells = new ArrayList<>();
            table.cells.forEach(c -> cells.add(new ArrayList<>()));
            cellGlyphs.add(cells);
        }
        List<PdfGlyph> outside = new ArrayList<>();
        for (PdfGlyph glyph : glyphs) {
            if (!place(glyph, tables, cellGlyphs)) {
                outside.add(glyph);
            }
        }
        // a table with nothing printed above it on its page may be the last one of the page before, run on
        if (!tables.isEmpty() && outside.stream().noneMatch(g -> g.pageY() < tables.get(0).top())) {
            tables.get(0).runsOn(runOn);
        }
        // the page's last table may run on to the next page, but none runs on past a page without one
        if (tables.isEmpty()) {
            runOn.clear();
        } else {
            tables.get(tables.size() - 1).handOn(runOn);
        }
        List<Placed> placed = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) {
            placed.add(new Placed(tables.get(t).top(), rows(number, tables.get(t), cellGlyphs.get(t))));
        }
        List<List<PdfGlyph>> lines = lines(outside);
        List<Double> refusedBefore = columns.takeRefused();
        InferredTableCheck.LastRow rowBefore = columns.lastRow();
        List<PdfTextTable> aligned = PdfTextTable.findOutside(number, lines, rulings, tables, columns);
        List<PdfTextTable> inferred = new ArrayList<>();
        boolean lastRefusedByCheck = false;
        for (PdfTextTable table : aligned) {
            // the reader's own doubt first (rows it could not part), then the layout's (InferredTableCheck)
            Optional<String> doubt = table.doubt != null ? Optional.of(table.doubt)
                    : table == aligned.get(0) && InferredTableCheck.goesOnFrom(refusedBefore, table, lines)
                    ? Optional.of("it goes on from the table refused on the page before")
                    : InferredTableCheck.doubt(table, table == aligned.get(0) ? rowBefore : InferredTableCheck.LastRow.NONE);
            lastRefusedByCheck = table.doubt == null && doubt.isPresent();
            if (lastRefusedByCheck && table == aligned.get(0)) {
                columns.refuseFirst();
            }
            if (doubt.isPresent()) {
                notices.add(new Notice("table_refused", "page " + number + ": text that lines up in " + table.columns
                        + " columns was left as text lines, not read as a table: " + doubt.get(), number));
                continue;
            }
            inferred.add(table);
            placed.add(new Placed(table.top, table.rows));
            notices.add(new Notice("table_inferred", "page " + number + ": a table of " + table.rows.size() + " rows and "
                    + table.columns + " columns drawn without full rulings was read from the alignment of its text", number));
        }
        // a table the layout check refused carries nothing over; the reader's doubt it carries itself
        if (lastRefusedByCheck) {
            columns.refuse();
        }
        columns.lastRow(inferred.isEmpty() ? InferredTableCheck.LastRow.NONE
                : InferredTableCheck.lastRow(inferred.get(inferred.size() - 1)));
        for (List<PdfGlyph> line : lines) {
            if (inferred.stream().noneMatch(table -> table.lines.contains(line))) {
                double top = line.get(0).baseline() - line.get(0).size();
                placed.add(new Placed(top, textBlocks(number, line)));
            }
        }
        placed.sort(Comparator.comparingDouble(Placed::top));
        List<Block> blocks = new ArrayList<>();
        placed.forEach(p -> blocks.addAll(p.blocks()));
        return new Page(number, blocks);
    }

    private record Placed(double top, List<? extends Block> blocks) {
    }

    /**
     * The page with the last row of its last table read from alignment given as text lines, each
     * cell's lines in turn: the rest of that row, cut by the page end, could not be read on the next
     * page, so the row cannot be read whole. Null when the page ends with no such row.
     */
    static Page withLastInferredRowAsText(Page page) {
        List<Block> blocks = page.blocks();
        int last = blocks.size() - 1;
        while (last >= 0 && !(blocks.get(last) instanceof Row)) {
            last--;
        }
        if (last < 0 || !((Row) blocks.get(last)).source().contains(" inferred row ")) {
            return null;
        }
        List<Block> kept = new ArrayList<>(blocks.subList(0, last));
        kept.addAll(((Row) blocks.get(last)).asTextLines());
        kept.addAll(blocks.subList(last + 1, blocks.size()));
        return new Page(page.number(), kept);
    }

    /** Puts a glyph into the innermost table cell that holds it; false when it is in none. */
    private static boolean place(PdfGlyph glyph, List<PdfTable> tables, List<List<List<PdfGlyph>>> cellGlyphs) {
        int best = -1;
        int bestCell = -1;
        for (int t = 0; t < tables.size(); t++) {
            int cell = tables.get(t).cellAt(glyph.pageX(), glyph.pageY());
            if (cell >= 0 && (best < 0 || tables.get(t).area() < tables.get(best).area())) {
                best = t;
                bestCell = cell;
            }
        }
        if (best >= 0) {
            cellGlyphs.get(best).get(bestCell).add(glyph);
        }
        return best >= 0;
    }

    private static List<Row> rows(int page, PdfTable table, List<List<PdfGlyph>> cellGlyphs) {
        List<Row> rows = new ArrayList<>();
        List<Cell> row = new ArrayList<>();
        int current = -1;
        for (int c = 0; c < table.cells.size(); c++) {
            PdfTable.PdfCellBox box = table.cells.get(c);
            if (box.row() != current && !row.isEmpty()) {
                rows.add(new Row(row, page, "page " + page + " table row " + (current + 1)));
                row = new ArrayList<>();
            }
            current = box.row();
            String text = cellText(lines(cellGlyphs.get(c)));
            row.add(new Cell(text, table.column(box), box.rowSpan(), table.colSpan(box), page, "page " + page + " box "
                    + tenths(box.left()) + "," + tenths(box.top()) + "," + tenths(box.right()) + "," + tenths(box.bottom())));
        }
        if (!row.isEmpty()) {
            rows.add(new Row(row, page, "page " + page + " table row " + (current + 1)));
        }
        return rows;
    }

    /** A line outside tables: one text line for each part of it set apart by a wide gap. */
    private static List<Block> textBlocks(int page, List<PdfGlyph> line) {
        String source = "page " + page + " line at y " + tenths(line.get(0).baseline());
        List<Block> blocks = new ArrayList<>();
        segments(line).forEach(segment -> blocks.add(new TextLine(lineText(segment), page, source)));
        return blocks;
    }

    /** A coordinate to a tenth of a point, without String.format's cost in this per-cell path. */
    private static String tenths(double value) {
        return BigDecimal.valueOf(Math.round(value * 10), 1).toPlainString();
    }

    /** Glyphs grouped into lines by baseline, top to bottom, each line left to right. */
    static List<List<PdfGlyph>> lines(List<PdfGlyph> glyphs) {
        List<PdfGlyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(PdfGlyph::baseline));
        List<List<PdfGlyph>> lines = new ArrayList<>();
        List<PdfGlyph> line = new ArrayList<>();
        double baseline = Double.NaN;
        for (PdfGlyph glyph : sorted) {
            if (!line.isEmpty() && Math.abs(glyph.baseline() - baseline) > glyph.size() * 0.5) {
                lines.add(line);
                line = new ArrayList<>();
            }
            if (line.isEmpty()) {
                baseline = glyph.baseline();
            }
            line.add(glyph);
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        lines.forEach(l -> l.sort(Comparator.comparingDouble(PdfGlyph::x)));
        return lines;
    }

    /**
     * A cell's lines: a line that ends a sentence well short of the cell's longest line, or is
     * followed by an empty line, ends a paragraph (a blank line in the grid); any other line break is
     * the cell wrapping.
     */
    static String cellText(List<List<PdfGlyph>> lines) {
        double widest = lines.stream().mapToDouble(l -> l.get(l.size() - 1).right()).max().orElse(0);
        double pitch = usualPitch(lines);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            List<PdfGlyph> line = lines.get(i);
            String lineText = lineText(line);
            if (i > 0) {
                PdfGlyph end = lines.get(i - 1).get(lines.get(i - 1).size() - 1);
                boolean shortLine = end.right() < widest - PARAGRAPH_END * end.size();
                boolean blankLineBetween = line.get(0).baseline() - end.baseline() > BLANK_LINE * pitch;
                text.append(blankLineBetween || shortLine && SENTENCE_END.indexOf(end.text().charAt(0)) >= 0
                        ? "\n\n" : "\n");
            }
            text.append(lineText);
        }
        return text.toString();
    }

    /** Whether a line ends a sentence (with 。；：！？ or their Latin forms). */
    static boolean endsSentence(List<PdfGlyph> line) {
        return SENTENCE_END.indexOf(line.get(line.size() - 1).text().charAt(0)) >= 0;
    }

    /** The smallest distance between baselines in a cell: its line spacing, however wide it is set. */
    private static double usualPitch(List<List<PdfGlyph>> lines) {
        double pitch = Double.MAX_VALUE;
        for (int i = 1; i < lines.size(); i++) {
            pitch = Math.min(pitch, lines.get(i).get(0).baseline() - lines.get(i - 1).get(0).baseline());
        }
        return pitch;
    }

    /** A line split where the gap between glyphs is wide enough to separate columns. */
    static List<List<PdfGlyph>> segments(List<PdfGlyph> line) {
        List<List<PdfGlyph>> segments = new ArrayList<>();
        List<PdfGlyph> segment = new ArrayList<>();
        for (PdfGlyph glyph : line) {
            if (!segment.isEmpty()) {
                PdfGlyph previous = segment.get(segment.size() - 1);
                if (glyph.x() - previous.right() > COLUMN_GAP * Math.max(glyph.size(), previous.size())) {
                    segments.add(segment);
                    segment = new ArrayList<>();
                }
            }
            segment.add(glyph);
        }
        if (!segment.isEmpty()) {
            segments.add(segment);
        }
        return segments;
    }

    /** The text of glyphs on one line: a space where the gap is wider than a narrow space. */
    static String lineText(List<PdfGlyph> line) {
        StringBuilder text = new StringBuilder();
        PdfGlyph previous = null;
        for (PdfGlyph glyph : line) {
            if (previous != null && glyph.x() - previous.right() > WORD_GAP * glyph.size()
                    && text.charAt(text.length() - 1) != ' ') {
                text.append(' ');
            }
            text.append(glyph.text());
            previous = glyph;
        }
        return text.toString().strip();
    }
}
