package org.perftable.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.perftable.grid.Block;
import org.perftable.grid.Cell;
import org.perftable.grid.Grid;
import org.perftable.grid.Page;
import org.perftable.grid.Row;
import org.perftable.grid.TextLine;

/**
 * Reads Excel workbooks, XLSX and XLS alike, through POI's common model.
 *
 * <ul>
 *   <li>Every visible sheet in workbook order starts a page; a manual row break after row r starts a
 *       page at row r+1. Hidden and very hidden sheets, hidden rows and empty rows are left out, and
 *       so is a page that ends up with nothing on it.</li>
 *   <li>Values read as Excel displays them ({@link SheetCellText}): formulas evaluated (the cached
 *       result where evaluation fails), number formats applied, so {@code 100%} and {@code 4,880.27}
 *       stay as printed, and Chinese date formats show as {@code 2024年1月9日}.</li>
 *   <li>A merged region is one cell at its top-left corner carrying the region's column span and, as
 *       row span, the number of rows of the region this grid keeps on that page (hidden and empty
 *       rows do not count). Its other cells are left out.</li>
 *   <li>A row with a bordered cell (or inside a bordered merged region) is a table row; any other
 *       row is text outside tables, as form titles and {@code 单位：万元} lines are unbordered. A sheet
 *       without any borders is a table all the same: every row is a table row but for the lone values
 *       {@link SheetTextLines} reads as text around the table.</li>
 * </ul>
 */
final class SpreadsheetReader implements FilingReader {


    private final String format;

    SpreadsheetReader(String format) {
        this.format = format;
    }

    @Override
    public String format() {
        return format;
    }

    @Override
    public Grid read(Path file) throws IOException, UnreadableFileException {
        // a missing or unreadable file is an I/O problem, not a corrupt workbook
        try (InputStream probe = Files.newInputStream(file)) {
            probe.read();
        }
        OfficeLimits.apply();
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            return new Grid(format, new WorkbookLayout(workbook).pages(), List.of());
        } catch (IOException | RuntimeException e) {
            throw OfficeFailures.of(format, e);
        } catch (StackOverflowError e) {
            throw new UnreadableFileException("corrupt_file", "corrupt " + format + " file: nested too deeply to read");
        }
    }

    /** Lays out one open workbook as pages. */
    private static final class WorkbookLayout {

        private final Workbook workbook;
        private final SheetCellText cellText;
        private final Map<Short, Boolean> bordered = new HashMap<>();
        private final ReaderLimits limits = ReaderLimits.current();
        /** Cells and characters taken from the sheet being read. */
        private int cells;
        private long characters;

        WorkbookLayout(Workbook workbook) {
            this.workbook = workbook;
            this.cellText = new SheetCellText(workbook);
        }

        List<Page> pages() {
            List<Page> pages = new ArrayList<>();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                if (workbook.getSheetVisibility(i) == SheetVisibility.VISIBLE) {
                    readSheet(workbook.getSheetAt(i), pages);
                }
            }
            if (pages.isEmpty()) {
                pages.add(new Page(1, List.of()));
            }
            return pages;
        }

        private void readSheet(Sheet sheet, List<Page> pages) {
            String name = sheet.getSheetName();
            cells = 0;
            characters = 0;
            List<Merge> merges = merges(sheet, name);
            List<Line> lines = lines(sheet, name, merges);
            int[] breaks = sheet.getRowBreaks().clone();
            Arrays.sort(breaks);

            // a row's segment: how many manual breaks lie above it
            int[] segments = new int[lines.size()];
            for (int i = 0; i < lines.size(); i++) {
                segments[i] = segment(breaks, lines.get(i).row);
            }
            int[] tableColumns = {1, 0};
            if (lines.stream().noneMatch(Line::table)) {
                tableColumns = readBorderless(lines, segments);
            }
            Map<Merge, Integer> rowSpans = new IdentityHashMap<>();
            for (int i = 0; i < lines.size(); i++) {
                for (Candidate candidate : lines.get(i).candidates) {
                    if (candidate.merge != null) {
                        int span = 0;
                        for (int j = i; j < lines.size() && lines.get(j).row <= candidate.merge.range.getLastRow()
                                && segments[j] == segments[i]; j++) {
                            span++;
                        }
                        rowSpans.put(candidate.merge, span);
                    }
                }
            }

            List<Block> blocks = null;
            int currentSegment = -1;
            for (int i = 0; i < lines.size(); i++) {
                if (blocks == null || segments[i] != currentSegment) {
                    if (blocks != null) {
                        pages.add(new Page(pages.size() + 1, blocks));
                    }
                    blocks = new ArrayList<>();
                    currentSegment = segments[i];
                }
                blocks.add(lines.get(i).block(pages.size() + 1, rowSpans, tableColumns));
            }
            if (blocks != null) {
                pages.add(new Page(pages.size() + 1, blocks));
            }
        }

        /**
         * Makes the rows of a sheet without borders table rows, but for its text lines; the columns
         * from the table's first to its last value, where a blank cell is part of the table.
         */
        private static int[] readBorderless(List<Line> lines, int[] segments) {
            List<SheetTextLines.Values> values = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                List<Candidate> shown = lines.get(i).candidates.stream().filter(c -> !c.text.isEmpty()).toList();
                Candidate first = shown.get(0);
                int colSpan = first.merge == null ? 1
                        : first.merge.range.getLastColumn() - first.merge.range.getFirstColumn() + 1;
                values.add(new SheetTextLines.Values(segments[i], shown.size(), first.column, colSpan, first.text));
            }
            boolean[] text = SheetTextLines.of(values);
            int first = Integer.MAX_VALUE;
            int last = -1;
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                lines.set(i, new Line(line.row, !text[i], line.candidates, line.source));
                for (Candidate candidate : text[i] ? List.<Candidate>of() : line.candidates) {
                    if (!candidate.text.isEmpty()) {
                        first = Math.min(first, candidate.column);
                        last = Math.max(last, candidate.merge == null ? candidate.column
                                : candidate.merge.range.getLastColumn());
                    }
                }
            }
            return new int[] {first, last};
        }

        private static int segment(int[] breaks, int row) {
            // breaks after rows 0..row-1 put the row on a later page
            int index = Arrays.binarySearch(breaks, row);
            return index >= 0 ? index : -index - 1;
        }

        /** The merged regions with where each shows its value: the first row of it that is not hidden. */
        private List<Merge> merges(Sheet sheet, String name) {
            List<Merge> merges = new ArrayList<>();
            for (CellRangeAddress range : sheet.getMergedRegions()) {
                if (range.getFirstRow() < 0 || range.getFirstColumn() < 0 || range.getLastRow() < range.getFirstRow()
                        || range.getLastColumn() < range.getFirstColumn()) {
                    continue;
                }
                org.apache.poi.ss.usermodel.Row top = sheet.getRow(range.getFirstRow());
                org.apache.poi.ss.usermodel.Cell corner = top == null ? null : top.getCell(range.getFirstColumn());
                int anchorRow = range.getFirstRow();
                while (anchorRow <= range.getLastRow() && isHidden(sheet.getRow(anchorRow))) {
                    anchorRow++;
                }
                merges.add(new Merge(range, anchorRow <= range.getLastRow() ? anchorRow : -1,
                        corner == null ? "" : text(corner), corner != null && hasBorder(corner),
                        cellSource(name, range.getFirstRow(), range.getFirstColumn())));
            }
            merges.sort(Comparator.comparingInt(merge -> merge.range.getFirstRow()));
            return merges;
        }

        /** The sheet's kept rows in order, each with the cells it shows. */
        private List<Line> lines(Sheet sheet, String name, List<Merge> merges) {
            Set<Integer> rows = new TreeSet<>();
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                rows.add(row.getRowNum());
            }
            Map<Integer, List<Merge>> anchors = new HashMap<>();
            for (Merge merge : merges) {
                if (merge.anchorRow >= 0) {
                    rows.add(merge.anchorRow);
                    anchors.computeIfAbsent(merge.anchorRow, r -> new ArrayList<>()).add(merge);
                }
            }

            List<Line> lines = new ArrayList<>();
            List<Merge> active = new ArrayList<>();
            int nextMerge = 0;
            for (int r : rows) {
                org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
                if (isHidden(row)) {
                    continue;
                }
                while (nextMerge < merges.size() && merges.get(nextMerge).range.getFirstRow() <= r) {
                    active.add(merges.get(nextMerge++));
                }
                active.removeIf(merge -> merge.range.getLastRow() < r);

                boolean table = false;
                List<Candidate> candidates = new ArrayList<>();
                if (row != null) {
                    for (org.apache.poi.ss.usermodel.Cell cell : row) {
                        int column = cell.getColumnIndex();
                        boolean border = hasBorder(cell);
                        table |= border;
                        if (covering(active, column) == null) {
                            candidates.add(new Candidate(column, text(cell), border,
                                    cellSource(name, r, column), null));
                        }
                    }
                }
                for (Merge merge : active) {
                    table |= merge.border;
                }
                for (Merge merge : anchors.getOrDefault(r, List.of())) {
                    candidates.add(new Candidate(merge.range.getFirstColumn(), merge.text, merge.border,
                            merge.source, merge));
                }
                if (candidates.stream().allMatch(candidate -> candidate.text.isEmpty())) {
                    continue;
                }
                candidates.sort(Comparator.comparingInt(Candidate::column));
                lines.add(new Line(r, table, candidates, name + "!row " + (r + 1)));
            }
            return lines;
        }

        private static Merge covering(List<Merge> active, int column) {
            for (Merge merge : active) {
                if (column >= merge.range.getFirstColumn() && column <= merge.range.getLastColumn()) {
                    return merge;
                }
            }
            return null;
        }

        private static boolean isHidden(org.apache.poi.ss.usermodel.Row row) {
            return row != null && row.getZeroHeight();
        }

        private boolean hasBorder(org.apache.poi.ss.usermodel.Cell cell) {
            CellStyle style = cell.getCellStyle();
            if (style == null) {
                return false;
            }
            // XSSF makes a new style object per call, so remember by the style's index
            return bordered.computeIfAbsent(style.getIndex(), index -> style.getBorderTop() != BorderStyle.NONE
                    || style.getBorderBottom() != BorderStyle.NONE || style.getBorderLeft() != BorderStyle.NONE
                    || style.getBorderRight() != BorderStyle.NONE);
        }

        /** A cell's text, counted against the sheet's limits as it is taken. */
        private String text(org.apache.poi.ss.usermodel.Cell cell) {
            if (++cells > limits.cellsPerSheet()) {
                throw new ReaderLimitException("too_many_cells", "refused: sheet " + cell.getSheet().getSheetName()
                        + " has more than " + limits.cellsPerSheet() + " cells (--max-cells)");
            }
            String text = cellText.of(cell);
            characters += text.length();
            if (characters > limits.sheetText()) {
                throw new ReaderLimitException("text_too_large", "refused: the cells of sheet "
                        + cell.getSheet().getSheetName() + " hold more than " + limits.sheetText()
                        + " characters, shared strings counted where they show (--max-sheet-text)");
            }
            return text;
        }

        private static String cellSource(String sheet, int row, int column) {
            return sheet + "!" + new CellReference(row, column).formatAsString();
        }
    }

    /** A merged region; its value shows at {@code anchorRow} (-1 when all its rows are hidden). */
    private record Merge(CellRangeAddress range, int anchorRow, String text, boolean border, String source) {
    }

    /** A cell a row shows, or a merged region's value shown in that row. */
    private record Candidate(int column, String text, boolean border, String source, Merge merge) {
    }

    /** A kept sheet row: a table row when bordered, else a text line. */
    private record Line(int row, boolean table, List<Candidate> candidates, String source) {

        /** The row as a block; a blank cell is kept when bordered or within the table's columns. */
        Block block(int page, Map<Merge, Integer> rowSpans, int[] tableColumns) {
            if (!table) {
                List<String> texts = candidates.stream().map(Candidate::text).filter(text -> !text.isEmpty()).toList();
                return new TextLine(String.join(" ", texts), page, source);
            }
            List<Cell> cells = new ArrayList<>();
            for (Candidate candidate : candidates) {
                // blank cells outside the table's borders are not part of it
                if (candidate.text.isEmpty() && !candidate.border
                        && (candidate.column < tableColumns[0] || candidate.column > tableColumns[1])) {
                    continue;
                }
                int rowSpan = candidate.merge == null ? 1 : rowSpans.get(candidate.merge);
                int colSpan = candidate.merge == null ? 1
                        : candidate.merge.range.getLastColumn() - candidate.merge.range.getFirstColumn() + 1;
                cells.add(new Cell(candidate.text, candidate.column, rowSpan, colSpan, page, candidate.source));
            }
            return new Row(cells, page, source);
        }
    }
}
