package org.perftable.samplegen;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.perftable.samplegen.OfficeSamples.Part;

/**
 * Writes pages of text and tables as one worksheet: table cells bordered (none for borderless
 * samples), text lines not, merged regions for spans, a manual row break between pages. Amounts and percentages are stored as numbers
 * with a format that displays them as printed, as finance staff type them.
 */
final class XlsxWriter {

    private static final Pattern AMOUNT = Pattern.compile("(?:[1-9]\\d{0,2}(?:,\\d{3})+|[1-9]\\d{0,13}|0)(?:\\.(\\d{1,6}))?");
    private static final Pattern PERCENT = Pattern.compile("(?:[1-9]\\d{0,2}|0)%");

    private static final int COLUMN_CHARS = 18;
    private static final int LANDSCAPE_COLUMNS = 7;
    private static final float LINE_POINTS = 14.5f;

    private final Map<String, CellStyle> styles = new HashMap<>();
    private final boolean ruled;

    XlsxWriter(boolean ruled) {
        this.ruled = ruled;
    }

    void write(List<List<Part>> pages, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("绩效目标表");
            sheet.setDefaultColumnWidth(COLUMN_CHARS);
            // printed as forms are: one page wide, as many pages long as the breaks say
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.getPrintSetup().setLandscape(pages.stream().flatMap(List::stream)
                    .anyMatch(part -> part.table() != null && part.table().width >= LANDSCAPE_COLUMNS));
            int r = 0;
            for (int p = 0; p < pages.size(); p++) {
                for (Part part : pages.get(p)) {
                    if (part.text() != null) {
                        sheet.createRow(r++).createCell(0).setCellValue(part.text());
                    } else {
                        r = table(workbook, sheet, part.table(), r);
                    }
                }
                if (p < pages.size() - 1) {
                    sheet.setRowBreak(r - 1);
                }
            }
            workbook.write(out);
        }
    }

    private int table(XSSFWorkbook workbook, Sheet sheet, TableLayout layout, int top) {
        for (int r = 0; r < layout.text.length; r++) {
            Row row = sheet.createRow(top + r);
            row.setHeightInPoints(height(layout, r));
            for (int c = 0; c < layout.width; c++) {
                Cell cell = row.createCell(c);
                String text = layout.covered[r][c] ? "" : layout.text[r][c];
                value(workbook, cell, text);
                if (layout.rowSpan[r][c] > 1 || layout.colSpan[r][c] > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(top + r, top + r + layout.rowSpan[r][c] - 1,
                            c, c + layout.colSpan[r][c] - 1));
                }
            }
        }
        return top + layout.text.length;
    }

    /**
     * A row tall enough for its longest cell: spreadsheet programs size rows to wrapped text, but
     * not for merged cells, which most form rows have.
     */
    private static float height(TableLayout layout, int r) {
        int lines = 1;
        for (int c = 0; c < layout.width; c++) {
            if (layout.covered[r][c] || layout.rowSpan[r][c] > 1) {
                continue;
            }
            int capacity = (COLUMN_CHARS - 1) * layout.colSpan[r][c];
            int cellLines = 0;
            for (String line : layout.text[r][c].split("\n")) {
                int units = line.codePoints().map(cp -> cp < 0x2E80 ? 1 : 2).sum();
                cellLines += Math.max(1, (units + capacity - 1) / capacity);
            }
            lines = Math.max(lines, cellLines);
        }
        return lines * LINE_POINTS + 4;
    }

    private void value(XSSFWorkbook workbook, Cell cell, String text) {
        var amount = AMOUNT.matcher(text);
        if (amount.matches()) {
            String decimals = amount.group(1) == null ? "" : "." + "0".repeat(amount.group(1).length());
            cell.setCellValue(new BigDecimal(text.replace(",", "")).doubleValue());
            cell.setCellStyle(style(workbook, (text.contains(",") ? "#,##0" : "0") + decimals));
        } else if (PERCENT.matcher(text).matches()) {
            cell.setCellValue(Integer.parseInt(text.substring(0, text.length() - 1)) / 100.0);
            cell.setCellStyle(style(workbook, "0%"));
        } else {
            cell.setCellValue(text);
            cell.setCellStyle(style(workbook, "@"));
        }
    }

    private CellStyle style(XSSFWorkbook workbook, String format) {
        return styles.computeIfAbsent(format, f -> {
            CellStyle style = workbook.createCellStyle();
            if (ruled) {
                style.setBorderTop(BorderStyle.THIN);
                style.setBorderBottom(BorderStyle.THIN);
                style.setBorderLeft(BorderStyle.THIN);
                style.setBorderRight(BorderStyle.THIN);
            }
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            style.setDataFormat(workbook.createDataFormat().getFormat(f));
            return style;
        });
    }
}
