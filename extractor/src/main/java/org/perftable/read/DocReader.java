package org.perftable.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.Ffn;
import org.apache.poi.hwpf.model.SEPX;
import org.apache.poi.hwpf.model.types.SEPAbstractType;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.perftable.grid.Grid;
import org.perftable.grid.Page;
import org.perftable.read.WordTable.Merge;
import org.perftable.read.WordTable.Slot;

/**
 * Reads Word 97–2003 documents (.doc) with the same conventions as {@link DocxReader}. A table's grid
 * columns are the distinct left edges of its cells over all rows; a page starts at a page break
 * (a form feed in the text), a paragraph set to start a page, or a section that starts on a new page.
 * Headers and footers are not read.
 */
final class DocReader implements FilingReader {

    /** Cell edges closer than this (in twips, 1/1440 inch) are one grid line drawn twice. */
    private static final int EDGE_TOLERANCE = 20;

    @Override
    public String format() {
        return "doc";
    }

    @Override
    public Grid read(Path file) throws IOException, UnreadableFileException {
        OfficeLimits.apply();
        WordFiles.refuseEncrypted(file);
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return new Grid(format(), new Body(new HWPFDocument(fs)).pages(), List.of());
        } catch (IOException | RuntimeException e) {
            throw OfficeFailures.of(format(), e);
        }
    }

    /** One walk through a document's main text. */
    private static final class Body {

        private final HWPFDocument document;
        private final Range range;
        /** Where a section starting on a new page begins. */
        private final Set<Integer> pageStarts = new HashSet<>();
        /** The marks ending sections: form feeds that are no page break of their own. */
        private final Set<Integer> sectionMarks = new HashSet<>();
        /** For each open field, whether its instructions (rather than its result) are being read. */
        private final Deque<Boolean> fields = new ArrayDeque<>();
        private final WordPages pages = new WordPages();
        private int paragraphs;
        private int tables;

        Body(HWPFDocument document) {
            this.document = document;
            this.range = document.getRange();
        }

        List<Page> pages() {
            List<SEPX> sections = document.getSectionTable().getSections();
            for (int s = 0; s < sections.size(); s++) {
                SEPX section = sections.get(s);
                byte start = section.getSectionProperties().getBkc();
                if (s > 0 && start != SEPAbstractType.BKC_NO_BREAK && start != SEPAbstractType.BKC_NEW_COLUMN) {
                    pageStarts.add(section.getStart());
                }
                sectionMarks.add(section.getEnd() - 1);
            }
            int count = range.numParagraphs();
            for (int i = 0; i < count; i++) {
                Paragraph paragraph = range.getParagraph(i);
                if (pageStarts.contains(paragraph.getStartOffset())) {
                    pages.breakPage();
                }
                if (paragraph.isInTable()) {
                    Table table = range.getTable(paragraph);
                    if (paragraph.pageBreakBefore()) { // how a page break before a table is stored
                        pages.breakPageUnlessAtTop();
                    }
                    table(table);
                    while (i + 1 < count && range.getParagraph(i + 1).getStartOffset() < table.getEndOffset()) {
                        i++;
                    }
                } else {
                    paragraph(paragraph);
                }
            }
            return pages.pages();
        }

        private void paragraph(Paragraph paragraph) {
            pages.paragraph(text(paragraph), paragraph.pageBreakBefore(), "paragraph " + ++paragraphs);
        }

        private void table(Table table) {
            tables++;
            String name = "table " + tables;
            List<Integer> edges = edges(table);
            List<List<Slot>> rows = new ArrayList<>();
            for (int r = 0; r < table.numRows(); r++) {
                TableRow row = table.getRow(r);
                List<Slot> slots = new ArrayList<>();
                for (int c = 0; c < row.numCells(); c++) {
                    TableCell cell = row.getCell(c);
                    int right = cell.getLeftEdge() + cell.getWidth();
                    int last = c;
                    while (cell.isFirstMerged() && last + 1 < row.numCells() && mergedInto(row.getCell(last + 1))) {
                        last++;
                        right = row.getCell(last).getLeftEdge() + row.getCell(last).getWidth();
                    }
                    if (mergedInto(cell)) {
                        continue; // covered by a horizontally merged cell to its left
                    }
                    int column = column(edges, cell.getLeftEdge());
                    int span = span(edges, column, right);
                    Merge merge = cell.isFirstVerticallyMerged() ? Merge.RESTART
                            : cell.isVerticallyMerged() ? Merge.CONTINUE : Merge.NONE;
                    String source = name + " row " + (r + 1) + " cell " + (c + 1);
                    slots.add(new Slot(cellText(cell), column, span, merge, source));
                    c = last;
                }
                rows.add(slots);
            }
            WordTable.rows(rows, pages.number(), name).forEach(pages::add);
        }

        private static boolean mergedInto(TableCell cell) {
            return cell.isMerged() && !cell.isFirstMerged();
        }

        /** The table's grid lines: the distinct left edges of its cells over all rows, in order. */
        private static List<Integer> edges(Table table) {
            List<Integer> lefts = new ArrayList<>();
            for (int r = 0; r < table.numRows(); r++) {
                TableRow row = table.getRow(r);
                for (int c = 0; c < row.numCells(); c++) {
                    lefts.add(row.getCell(c).getLeftEdge());
                }
            }
            lefts.sort(null);
            List<Integer> edges = new ArrayList<>();
            for (int left : lefts) {
                if (edges.isEmpty() || left - edges.get(edges.size() - 1) > EDGE_TOLERANCE) {
                    edges.add(left);
                }
            }
            return edges;
        }

        /** The index of the last grid line at or left of a position. */
        private static int column(List<Integer> edges, int position) {
            int column = 0;
            while (column + 1 < edges.size() && edges.get(column + 1) <= position + EDGE_TOLERANCE) {
                column++;
            }
            return column;
        }

        /** How many grid columns a cell starting at a column spans up to its right edge. */
        private static int span(List<Integer> edges, int column, int right) {
            int end = column + 1;
            while (end < edges.size() && edges.get(end) < right - EDGE_TOLERANCE) {
                end++;
            }
            return end - column;
        }

        private String cellText(TableCell cell) {
            List<String> texts = new ArrayList<>();
            for (int p = 0; p < cell.numParagraphs(); p++) {
                texts.add(text(cell.getParagraph(p)));
            }
            return WordText.cell(texts);
        }

        /**
         * A paragraph's printed text: field instructions, cell and paragraph marks and object anchors
         * left out; tabs as spaces, line and column breaks as "\n", page breaks as
         * {@link WordText#PAGE_BREAK}, checkbox symbols as ☑/☐.
         */
        private String text(Range paragraph) {
            StringBuilder out = new StringBuilder();
            for (int r = 0; r < paragraph.numCharacterRuns(); r++) {
                CharacterRun run = paragraph.getCharacterRun(r);
                if (run.isMarkedDeleted()) {
                    continue;
                }
                String text = run.text();
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (field(c) || fields.contains(true)) {
                        continue;
                    }
                    if (run.isSymbol()) {
                        out.append(WordText.symbol(fontName(run.getSymbolFont()), run.getSymbolCharacter()));
                    } else {
                        append(c, run.getStartOffset() + i, run.getFontName(), out);
                    }
                }
            }
            return out.toString();
        }

        /** Field begin, separator and end marks open a field's instructions, then its result. */
        private boolean field(char c) {
            switch (c) {
                case 0x13 -> fields.push(true);
                case 0x14 -> {
                    if (!fields.isEmpty()) {
                        fields.pop();
                        fields.push(false);
                    }
                }
                case 0x15 -> fields.poll();
                default -> {
                    return false;
                }
            }
            return true;
        }

        private void append(char c, int position, String font, StringBuilder out) {
            switch (c) {
                case '\t' -> out.append(' ');
                case '\u000b', '\u000e' -> out.append('\n');
                case '\f' -> {
                    if (!sectionMarks.contains(position)) {
                        out.append(WordText.PAGE_BREAK);
                    }
                }
                case '\u001e' -> out.append('-');
                default -> {
                    if (c >= 0x20) {
                        out.append(WordText.symbolFontText(font, String.valueOf(c)));
                    }
                }
            }
        }

        private static String fontName(Ffn font) {
            return font == null ? null : font.getMainFontName();
        }
    }
}
