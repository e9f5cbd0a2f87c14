package org.perftable.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The audit tables out of a database: a CSV file per table, or one XLSX workbook with a sheet per
 * table. Rows come filing by filing in document order; numbers are written as numbers (in CSV
 * without trailing zeros, so SQLite and PostgreSQL give the same text).
 */
public final class TableExport {

    private static final char BOM = '\uFEFF';
    private static final int EXCEL_MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private final Connection connection;

    public TableExport(Connection connection) {
        this.connection = connection;
    }

    /**
     * Writes {@code <table>.csv} for every table into the directory: UTF-8, RFC 4180, header row first.
     *
     * @param bom whether each file starts with a byte-order mark, so that Excel reads it as UTF-8
     */
    public void csv(Path directory, boolean bom) throws IOException, SQLException {
        Files.createDirectories(directory);
        for (Table table : AuditTables.ALL) {
            try (Writer out = Files.newBufferedWriter(directory.resolve(table.name() + ".csv"), StandardCharsets.UTF_8)) {
                if (bom) {
                    out.write(BOM);
                }
                CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180);
                csv.printRecord(table.columns().stream().map(Column::name).toList());
                forEachRow(table, values -> csv.printRecord(values.stream()
                        .map(v -> v instanceof BigDecimal number ? number.toPlainString() : v).toList()));
                csv.flush();
            }
        }
    }

    /**
     * Writes one workbook with a sheet per table, its header row frozen. A text longer than a cell
     * holds (32,767 characters) is cut, and the cut is listed on a last sheet, {@code truncated}.
     */
    public void xlsx(Path file) throws IOException, SQLException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            List<String> truncated = new ArrayList<>();
            for (Table table : AuditTables.ALL) {
                SXSSFSheet sheet = workbook.createSheet(table.name());
                sheet.createFreezePane(0, 1);
                Row head = sheet.createRow(0);
                for (int c = 0; c < table.width(); c++) {
                    Cell cell = head.createCell(c);
                    cell.setCellValue(table.columns().get(c).name());
                    cell.setCellStyle(header);
                }
                int[] next = {1};
                forEachRow(table, values -> {
                    Row row = sheet.createRow(next[0]);
                    for (int c = 0; c < values.size(); c++) {
                        Object value = values.get(c);
                        if (value instanceof BigDecimal number) {
                            row.createCell(c).setCellValue(number.doubleValue());
                        } else if (value instanceof String text) {
                            if (text.length() > EXCEL_MAX_TEXT) {
                                truncated.add(table.name() + " row " + (next[0] + 1) + " column "
                                        + table.columns().get(c).name() + ": " + text.length() + " characters");
                                text = text.substring(0, EXCEL_MAX_TEXT);
                            }
                            row.createCell(c).setCellValue(text);
                        }
                    }
                    next[0]++;
                });
            }
            if (!truncated.isEmpty()) {
                SXSSFSheet sheet = workbook.createSheet("truncated");
                for (int r = 0; r < truncated.size(); r++) {
                    sheet.createRow(r).createCell(0).setCellValue(truncated.get(r));
                }
            }
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                workbook.write(out);
            }
            Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private interface RowHandler {
        void accept(List<Object> values) throws IOException;
    }

    /** Each row as values: numbers of INTEGER and NUMERIC columns as BigDecimal, the rest as String. */
    private void forEachRow(Table table, RowHandler handler) throws SQLException, IOException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(table.selectStatement())) {
            List<Object> values = new ArrayList<>(table.width());
            while (rows.next()) {
                values.clear();
                for (int c = 0; c < table.width(); c++) {
                    String text = rows.getString(c + 1);
                    values.add(text == null || table.columns().get(c).type() == ColumnType.TEXT
                            ? text
                            : new BigDecimal(text).stripTrailingZeros());
                }
                handler.accept(values);
            }
        }
    }
}
