package org.perftable.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The samples' tables out as CSV files and as a workbook, cell for cell as the database holds them. */
class TableExportTest {

    @TempDir
    Path directory;

    private AuditDatabase database;

    @BeforeEach
    void load() throws Exception {
        database = AuditDatabase.open(directory.resolve("audit.sqlite").toString());
        for (JsonNode filing : Samples.filings()) {
            database.load(FilingRows.of(filing));
        }
    }

    @AfterEach
    void close() throws Exception {
        database.close();
    }

    @Test
    void csvFilesHoldEveryRowWithABom() throws Exception {
        new TableExport(database.connection()).csv(directory.resolve("csv"), true);
        for (Table table : AuditTables.ALL) {
            byte[] bytes = Files.readAllBytes(directory.resolve("csv").resolve(table.name() + ".csv"));
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertTrue(text.startsWith("\uFEFF"), table.name() + " starts with a BOM");
            List<CSVRecord> records;
            try (Reader in = new StringReader(text.substring(1))) {
                records = CSVFormat.RFC4180.parse(in).getRecords();
            }
            assertEquals(table.columns().stream().map(Column::name).toList(), records.get(0).toList());
            // CSV writes NULL as an empty field
            List<List<String>> expected = TableDump.rows(database.connection(), table).stream()
                    .map(row -> row.stream().map(v -> v == null ? "" : v).toList()).toList();
            assertEquals(expected, records.subList(1, records.size()).stream().map(CSVRecord::toList).toList(),
                    table.name());
        }
    }

    @Test
    void csvWithoutBom() throws Exception {
        new TableExport(database.connection()).csv(directory.resolve("csv"), false);
        String text = Files.readString(directory.resolve("csv").resolve("indicators.csv"));
        assertTrue(text.startsWith("path,sha256,id,"), text.substring(0, 20));
    }

    @Test
    void workbookHasASheetPerTableWithFrozenHeaderAndNumbersAsNumbers() throws Exception {
        Path file = directory.resolve("audit.xlsx");
        new TableExport(database.connection()).xlsx(file);
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            assertEquals(AuditTables.ALL.size(), workbook.getNumberOfSheets(), "no truncated sheet for the samples");
            for (Table table : AuditTables.ALL) {
                Sheet sheet = workbook.getSheet(table.name());
                assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), table.name() + " frozen header");
                assertTrue(sheet.getPaneInformation().isFreezePane());
                List<List<String>> rows = TableDump.rows(database.connection(), table);
                assertEquals(rows.size(), sheet.getLastRowNum(), table.name());
                for (int r = 1; r <= rows.size(); r++) {
                    Row row = sheet.getRow(r);
                    for (int c = 0; c < table.width(); c++) {
                        String value = rows.get(r - 1).get(c);
                        Cell cell = row.getCell(c);
                        String where = table.name() + " row " + r + " column " + table.columns().get(c).name();
                        if (value == null) {
                            assertTrue(cell == null || cell.getCellType() == CellType.BLANK, where);
                        } else if (table.columns().get(c).type() == ColumnType.TEXT) {
                            assertEquals(value, cell.getStringCellValue(), where);
                        } else {
                            assertEquals(CellType.NUMERIC, cell.getCellType(), where);
                            assertEquals(new BigDecimal(value).doubleValue(), cell.getNumericCellValue(), where);
                        }
                    }
                }
            }
        }
        assertFalse(Files.exists(directory.resolve("audit.xlsx.tmp")));
    }
}
