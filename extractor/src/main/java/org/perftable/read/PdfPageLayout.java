package org.perftable.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
 * to bottom. A page with text but no rulings is split into columns at wide gaps, and says so.
 */
final class PdfPageLayout {

    /** A gap this many font sizes wide separates two cells of a line (or two text lines). */
    private static final double COLUMN_GAP = 2.0;
    /** A gap this many font sizes wide between glyphs of one line is a space. */
    private static final double WORD_GAP = 0.25;
    /** A sentence ending this many font sizes short of the widest line of its cell ends a paragraph. */
    private static final double PARAGRAPH_END = 3.0;
    /** Lines this many line pitches apart have an empty line between them. */
    private static final double BLANK_LINE = 1.7;
    /** Lines whose cells start at the same place before a page without rulings is read as columns. */
    private static final int INFERRED_ROWS = 3;
    private static final String SENTENCE_END = "。；：！？;:.!?";

    private PdfPageLayout() {
    }

    static Page layout(int number, List<PdfGlyph> glyphs, List<PdfRuling> rulings, List<Notice> notices) {
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
        List<Placed> placed = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) {
            placed.add(new Placed(tables.get(t).top(), rows(number, tables.get(t), cellGlyphs.get(t))));
        }
        List<List<PdfGlyph>> lines = lines(outside);
        boolean inferred = tables.isEmpty() && alignedColumns(lines);
        List<Double> columnStarts = inferred ? columnStarts(lines) : List.of();
        for (List<PdfGlyph> line : lines) {
            double top = line.get(0).baseline() - line.get(0).size();
            placed.add(new Placed(top, textBlocks(number, line, columnStarts, inferred)));
        }
        if (inferred) {
            notices.add(new Notice("structure_inferred", "page " + number
                    + " has text in columns but no ruled table: cells were inferred from the gaps between words", number));
        }
        placed.sort(Comparator.comparingDouble(Placed::top));
        List<Block> blocks = new ArrayList<>();
        placed.forEach(p -> blocks.addAll(p.blocks()));
        return new Page(number, blocks);
    }

    private record Placed(double top, List<? extends Block> blocks) {
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
            row.add(new Cell(text, box.column(), box.rowSpan(), box.colSpan(), page, "page " + page + " box "
                    + tenths(box.left()) + "," + tenths(box.top()) + "," + tenths(box.right()) + "," + tenths(box.bottom())));
        }
        if (!row.isEmpty()) {
            rows.add(new Row(row, page, "page " + page + " table row " + (current + 1)));
        }
        return rows;
    }

    private static List<Block> textBlocks(int page, List<PdfGlyph> line, List<Double> columnStarts, boolean inferred) {
        List<List<PdfGlyph>> segments = segments(line);
        String source = "page " + page + " line at y " + tenths(line.get(0).baseline());
        List<Block> blocks = new ArrayList<>();
        if (inferred && segments.size() > 1) {
            List<Cell> cells = new ArrayList<>();
            for (List<PdfGlyph> segment : segments) {
                int column = nearest(columnStarts, segment.get(0).x());
                cells.add(new Cell(lineText(segment), column, 1, 1, page, source));
            }
            blocks.add(new Row(cells, page, source));
        } else {
            segments.forEach(segment -> blocks.add(new TextLine(lineText(segment), page, source)));
        }
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
    private static String cellText(List<List<PdfGlyph>> lines) {
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

    /** The smallest distance between baselines in a cell: its line spacing, however wide it is set. */
    private static double usualPitch(List<List<PdfGlyph>> lines) {
        double pitch = Double.MAX_VALUE;
        for (int i = 1; i < lines.size(); i++) {
            pitch = Math.min(pitch, lines.get(i).get(0).baseline() - lines.get(i - 1).get(0).baseline());
        }
        return pitch;
    }

    /** A line split where the gap between glyphs is wide enough to separate columns. */
    private static List<List<PdfGlyph>> segments(List<PdfGlyph> line) {
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

    /**
     * Whether lines split at wide gaps line up in columns: a spaced-out title or justified prose has
     * wide gaps too, but they fall anywhere; in a table without rulings they start at the same place.
     */
    private static boolean alignedColumns(List<List<PdfGlyph>> lines) {
        List<PdfGlyph> starts = lines.stream()
                .flatMap(line -> segments(line).stream().skip(1))
                .map(segment -> segment.get(0))
                .toList();
        return starts.stream().anyMatch(start -> starts.stream()
                .filter(other -> Math.abs(other.x() - start.x()) <= start.size()).count() >= INFERRED_ROWS);
    }

    /** Left edges of inferred columns: segment starts clustered within a font size. */
    private static List<Double> columnStarts(List<List<PdfGlyph>> lines) {
        List<Double> starts = new ArrayList<>();
        lines.stream().flatMap(line -> segments(line).stream()).map(s -> s.get(0))
                .sorted(Comparator.comparingDouble(PdfGlyph::x))
                .forEach(g -> {
                    if (starts.isEmpty() || g.x() - starts.get(starts.size() - 1) > g.size()) {
                        starts.add(g.x());
                    }
                });
        return starts;
    }

    private static int nearest(List<Double> starts, double x) {
        int best = 0;
        for (int i = 1; i < starts.size(); i++) {
            if (Math.abs(starts.get(i) - x) < Math.abs(starts.get(best) - x)) {
                best = i;
            }
        }
        return best;
    }
}
