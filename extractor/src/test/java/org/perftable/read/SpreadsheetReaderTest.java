package org.perftable.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.IOUtils;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.perftable.grid.Cell;
import org.perftable.grid.Grid;
import org.perftable.grid.Page;
import org.perftable.grid.Row;
import org.perftable.grid.TextLine;

class SpreadsheetReaderTest {

    @TempDir
    Path dir;

    // ---- layout -------------------------------------------------------------------------------

    /**
     * 表1: a merged unbordered title, an unbordered unit line, a bordered table with a vertically
     * merged label (one of its rows hidden) and a horizontally merged value, 0% and #,##0.00 formats,
     * a manual break after row 6, an empty bordered row, an unbordered note, a formula; a hidden and a
     * very hidden sheet; 表2 with one bordered cell; an empty Sheet3.
     */
    private static Workbook form(Workbook wb) {
        CellStyle border = wb.createCellStyle();
        border.setBorderTop(BorderStyle.THIN);
        border.setBorderBottom(BorderStyle.THIN);
        border.setBorderLeft(BorderStyle.THIN);
        border.setBorderRight(BorderStyle.THIN);
        CellStyle percent = wb.createCellStyle();
        percent.cloneStyleFrom(border);
        percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
        CellStyle money = wb.createCellStyle();
        money.cloneStyleFrom(border);
        money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
        CellStyle leftOnly = wb.createCellStyle();
        leftOnly.setBorderLeft(BorderStyle.MEDIUM);

        Sheet sheet = wb.createSheet("表1");
        sheet.createRow(0).createCell(0).setCellValue("  部门整体支出绩效目标申报表 ");
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
        sheet.createRow(1).createCell(3).setCellValue("单位：万元");

        var r3 = sheet.createRow(2);
        cell(r3, 0, border).setCellValue("绩效指标");
        cell(r3, 1, border).setCellValue("预算执行率");
        cell(r3, 2, percent).setCellValue(1.0);
        cell(r3, 3, border).setCellValue("第一段\r\n第二行\n\n第二段");
        cell(r3, 5, null); // a blank unbordered cell outside the table
        sheet.addMergedRegion(new CellRangeAddress(2, 5, 0, 0));

        var r4 = sheet.createRow(3);
        cell(r4, 1, border).setCellValue("资金总额");
        cell(r4, 2, money).setCellValue(4880.27);
        cell(r4, 3, border);

        var r5 = sheet.createRow(4);
        cell(r5, 1, border).setCellValue("隐藏行");
        r5.setZeroHeight(true);

        var r6 = sheet.createRow(5);
        cell(r6, 1, border).setCellValue("满意度");
        cell(r6, 2, border).setCellValue("≥90%");
        cell(r6, 3, border).setCellValue("merged away");
        sheet.addMergedRegion(new CellRangeAddress(5, 5, 2, 3));
        sheet.setRowBreak(5);

        cell(sheet.createRow(6), 0, border); // bordered but empty: skipped

        var r8 = sheet.createRow(7);
        cell(r8, 0, null).setCellValue("注：");
        cell(r8, 2, null).setCellValue("数据来源于决算");

        var r9 = sheet.createRow(8);
        cell(r9, 0, leftOnly).setCellValue("合计");
        cell(r9, 1, money).setCellFormula("C4*2");

        Sheet hidden = wb.createSheet("隐藏");
        cell(hidden.createRow(0), 0, border).setCellValue("hidden sheet");
        wb.setSheetVisibility(wb.getSheetIndex(hidden), SheetVisibility.HIDDEN);
        Sheet veryHidden = wb.createSheet("VeryHidden");
        cell(veryHidden.createRow(0), 0, border).setCellValue("very hidden sheet");
        wb.setSheetVisibility(wb.getSheetIndex(veryHidden), SheetVisibility.VERY_HIDDEN);

        cell(wb.createSheet("表2").createRow(0), 0, border).setCellValue("第二张表");
        wb.createSheet("Sheet3");
        return wb;
    }

    private static org.apache.poi.ss.usermodel.Cell cell(org.apache.poi.ss.usermodel.Row row, int column,
            CellStyle style) {
        org.apache.poi.ss.usermodel.Cell cell = row.createCell(column);
        if (style != null) {
            cell.setCellStyle(style);
        }
        return cell;
    }

    private static Grid expectedForm(String format) {
        Page first = new Page(1, List.of(
                new TextLine("部门整体支出绩效目标申报表", 1, "表1!row 1"),
                new TextLine("单位：万元", 1, "表1!row 2"),
                new Row(List.of(
                        new Cell("绩效指标", 0, 3, 1, 1, "表1!A3"),
                        new Cell("预算执行率", 1, 1, 1, 1, "表1!B3"),
                        new Cell("100%", 2, 1, 1, 1, "表1!C3"),
                        new Cell("第一段\n第二行\n\n第二段", 3, 1, 1, 1, "表1!D3")), 1, "表1!row 3"),
                new Row(List.of(
                        new Cell("资金总额", 1, 1, 1, 1, "表1!B4"),
                        new Cell("4,880.27", 2, 1, 1, 1, "表1!C4"),
                        new Cell("", 3, 1, 1, 1, "表1!D4")), 1, "表1!row 4"),
                new Row(List.of(
                        new Cell("满意度", 1, 1, 1, 1, "表1!B6"),
                        new Cell("≥90%", 2, 1, 2, 1, "表1!C6")), 1, "表1!row 6")));
        Page second = new Page(2, List.of(
                new TextLine("注： 数据来源于决算", 2, "表1!row 8"),
                new Row(List.of(
                        new Cell("合计", 0, 1, 1, 2, "表1!A9"),
                        new Cell("9,760.54", 1, 1, 1, 2, "表1!B9")), 2, "表1!row 9")));
        Page third = new Page(3, List.of(
                new Row(List.of(new Cell("第二张表", 0, 1, 1, 3, "表2!A1")), 3, "表2!row 1")));
        return new Grid(format, List.of(first, second, third), List.of());
    }

    private Path write(String name, Workbook wb) throws IOException {
        Path file = dir.resolve(name);
        try (wb; OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        return file;
    }

    @Test
    void xlsxFormReadsAsTheExactGrid() throws Exception {
        Path file = write("form.xlsx", form(new XSSFWorkbook()));

        FilingReader reader = Readers.forFile(file);

        assertEquals("xlsx", reader.format());
        assertEquals(expectedForm("xlsx"), reader.read(file));
    }

    @Test
    void xlsFormReadsAsTheExactGrid() throws Exception {
        Path file = write("form.xls", form(new HSSFWorkbook()));

        FilingReader reader = Readers.forFile(file);

        assertEquals("xls", reader.format());
        assertEquals(expectedForm("xls"), reader.read(file));
    }

    /**
     * A sheet without a single border: a title merged across the table, a 部门名称 line and a unit
     * line above the table, a heading merged across it inside, a value wrapped into the next row
     * with its label cell left blank, a blank cell inside the table, a 填报人 line below it.
     */
    private static Workbook borderless(Workbook wb) {
        Sheet sheet = wb.createSheet("表");
        sheet.createRow(0).createCell(0).setCellValue("项目支出绩效目标表");
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
        sheet.createRow(1).createCell(0).setCellValue("部门名称：某某局");
        sheet.createRow(2).createCell(0).setCellValue("单位：万元");
        org.apache.poi.ss.usermodel.Row header = sheet.createRow(3);
        String[] titles = {"一级指标", "二级指标", "三级指标", "指标值"};
        for (int c = 0; c < titles.length; c++) {
            header.createCell(c).setCellValue(titles[c]);
        }
        sheet.createRow(4).createCell(0).setCellValue("年度绩效指标");
        sheet.addMergedRegion(new CellRangeAddress(4, 4, 0, 3));
        org.apache.poi.ss.usermodel.Row indicator = sheet.createRow(5);
        indicator.createCell(0).setCellValue("产出指标");
        indicator.createCell(1).setCellValue("数量指标");
        indicator.createCell(2).setCellValue("培训人次");
        indicator.createCell(3).setCellValue("");
        org.apache.poi.ss.usermodel.Row wrapped = sheet.createRow(6);
        wrapped.createCell(0).setCellValue("");
        wrapped.createCell(2).setCellValue("（续）");
        sheet.createRow(7).createCell(0).setCellValue("填报人：张三");
        return wb;
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void aSheetWithoutBordersIsATableButForTheLinesAroundIt(String format) throws Exception {
        Path file = write("borderless." + format, borderless(format.equals("xlsx") ? new XSSFWorkbook() : new HSSFWorkbook()));

        Grid grid = new SpreadsheetReader(format).read(file);

        assertEquals(new Grid(format, List.of(new Page(1, List.of(
                new TextLine("项目支出绩效目标表", 1, "表!row 1"),
                new TextLine("部门名称：某某局", 1, "表!row 2"),
                new TextLine("单位：万元", 1, "表!row 3"),
                new Row(List.of(
                        new Cell("一级指标", 0, 1, 1, 1, "表!A4"),
                        new Cell("二级指标", 1, 1, 1, 1, "表!B4"),
                        new Cell("三级指标", 2, 1, 1, 1, "表!C4"),
                        new Cell("指标值", 3, 1, 1, 1, "表!D4")), 1, "表!row 4"),
                new Row(List.of(new Cell("年度绩效指标", 0, 1, 4, 1, "表!A5")), 1, "表!row 5"),
                new Row(List.of(
                        new Cell("产出指标", 0, 1, 1, 1, "表!A6"),
                        new Cell("数量指标", 1, 1, 1, 1, "表!B6"),
                        new Cell("培训人次", 2, 1, 1, 1, "表!C6"),
                        new Cell("", 3, 1, 1, 1, "表!D6")), 1, "表!row 6"),
                new Row(List.of(
                        new Cell("", 0, 1, 1, 1, "表!A7"),
                        new Cell("（续）", 2, 1, 1, 1, "表!C7")), 1, "表!row 7"),
                new TextLine("填报人：张三", 1, "表!row 8")))), List.of()), grid);
    }

    @Test
    void aWorkbookWithNothingVisibleIsOneEmptyPage() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        wb.createSheet("Sheet1").createRow(3).createCell(2).setCellValue("   ");
        Path file = write("blank.xlsx", wb);

        assertEquals(new Grid("xlsx", List.of(new Page(1, List.of())), List.of()),
                new SpreadsheetReader("xlsx").read(file));
    }

    @Test
    void aMergedValueWhoseFirstRowIsHiddenShowsInItsFirstVisibleRow() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        CellStyle border = wb.createCellStyle();
        border.setBorderBottom(BorderStyle.THIN);
        Sheet sheet = wb.createSheet("S");
        var hidden = sheet.createRow(0);
        cell(hidden, 0, border).setCellValue("产出指标");
        cell(hidden, 1, border).setCellValue("x");
        hidden.setZeroHeight(true);
        cell(sheet.createRow(1), 1, border).setCellValue("数量指标");
        cell(sheet.createRow(2), 1, border).setCellValue("质量指标");
        sheet.addMergedRegion(new CellRangeAddress(0, 2, 0, 0));
        Path file = write("hidden-anchor.xlsx", wb);

        List<Row> rows = new SpreadsheetReader("xlsx").read(file).blocks().map(Row.class::cast).toList();

        assertEquals(List.of(new Cell("产出指标", 0, 2, 1, 1, "S!A1"), new Cell("数量指标", 1, 1, 1, 1, "S!B2")),
                rows.get(0).cells());
        assertEquals("S!row 2", rows.get(0).source());
        assertEquals(2, rows.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void chineseDateFormatsShowAsExcelShowsThem(String format) throws Exception {
        Workbook wb = format.equals("xlsx") ? new XSSFWorkbook() : new HSSFWorkbook();
        var row = wb.createSheet("日期").createRow(0);
        String[] formats = {"yyyy\"年\"m\"月\"d\"日\"", "0.00\"万元\"", "yyyy-mm-dd"};
        for (int i = 0; i < formats.length; i++) {
            CellStyle style = wb.createCellStyle();
            style.setDataFormat(wb.createDataFormat().getFormat(formats[i]));
            cell(row, i, style).setCellValue(i == 1 ? 4880.27 : 45300);
        }
        // Simplified Chinese Excel's built-in formats, saved by number only: 31 a date, 32 a time
        short[] builtins = {31, 57, 32};
        for (int i = 0; i < builtins.length; i++) {
            CellStyle style = wb.createCellStyle();
            style.setDataFormat(builtins[i]);
            cell(row, formats.length + i, style).setCellValue(45300.5);
        }
        Path file = write("dates." + format, wb);

        Row read = (Row) new SpreadsheetReader(format).read(file).blocks().findFirst().orElseThrow();

        assertEquals(List.of("2024年1月9日", "4880.27万元", "2024-01-09", "2024年1月9日", "2024年1月", "45300.5"),
                read.cells().stream().map(Cell::text).toList());
    }

    @Test
    void aFormulaPoiCannotEvaluateShowsTheResultSavedWithTheFile() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        var cell = wb.createSheet("S").createRow(0).createCell(0);
        cell.setCellFormula("FOO(1)");
        cell.setCellValue(42.5);
        Path file = write("udf.xlsx", wb);

        assertEquals(List.of(new TextLine("42.5", 1, "S!row 1")),
                new SpreadsheetReader("xlsx").read(file).blocks().toList());
    }

    // ---- hostile and broken input ---------------------------------------------------------------

    @Test
    void aZipBombDisguisedAsXlsxIsRefusedQuicklyWithoutInflatingIt() throws Exception {
        Path file = dir.resolve("bomb.xlsx");
        long spaces = 300L * 1024 * 1024;
        XSSFWorkbook wb = new XSSFWorkbook();
        wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("x");
        byte[] template = xlsxBytes(wb);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(9);
            copyEntriesExcept(template, "xl/worksheets/sheet1.xml", zip);
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns="
                    + "\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) ' ');
            for (long written = 0; written < spaces; written += chunk.length) {
                zip.write(chunk);
            }
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertTrue(Files.size(file) < 2 * 1024 * 1024, "the bomb on disk is small: " + Files.size(file));

        long[] allocated = {-1};
        UnreadableFileException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            long before = allocatedBytes();
            UnreadableFileException thrown = assertThrows(UnreadableFileException.class,
                    () -> Readers.forFile(file).read(file));
            allocated[0] = before < 0 ? -1 : allocatedBytes() - before;
            return thrown;
        });

        assertEquals("zip_bomb", e.code());
        assertEquals("refused: the file inflates beyond safe limits (zip bomb?)", e.getMessage());
        assertTrue(allocated[0] < 64L * 1024 * 1024, "allocated " + allocated[0] + " bytes reading the bomb");
    }

    @Test
    void anAgileEncryptedXlsxIsRefusedAsEncrypted() throws Exception {
        Path file = dir.resolve("secret.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("geheim");
            try (Workbook wb = form(new XSSFWorkbook()); OutputStream out = encryptor.getDataStream(fs)) {
                wb.write(out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }

        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> new SpreadsheetReader("xlsx").read(file));

        assertEquals("encrypted", e.code());
        assertEquals("encrypted or password-protected Office file", e.getMessage());
    }

    @Test
    void aPasswordProtectedXlsIsRefusedAsEncrypted() throws Exception {
        Path file;
        Biff8EncryptionKey.setCurrentUserPassword("geheim");
        try {
            file = write("secret.xls", form(new HSSFWorkbook()));
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }

        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> Readers.forFile(file).read(file));

        assertEquals("encrypted", e.code());
    }

    @Test
    void anXlsxWhoseSheetDeclaresAnExternalEntityDoesNotLeakTheFile() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "CANARY-7f3a9 root:x:0:0");
        String sheetXml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE x [<!ENTITY e SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&e;</t></is></c></row>"
                + "</sheetData></worksheet>";
        XSSFWorkbook wb = new XSSFWorkbook();
        wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("x");
        Path file = dir.resolve("xxe.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            copyEntriesExcept(xlsxBytes(wb), "xl/worksheets/sheet1.xml", zip);
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(sheetXml.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        Object outcome;
        try {
            outcome = Readers.forFile(file).read(file);
        } catch (UnreadableFileException e) {
            outcome = e;
            assertEquals("external_entity", e.code());
            assertTrue(e.getMessage().startsWith("refused: an XML part of this xlsx file declares a DOCTYPE"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
        String seen = outcome instanceof Grid grid ? grid.toString() : ((Exception) outcome).getMessage();
        assertFalse(seen.contains("CANARY-7f3a9"), "external entity expanded: " + seen);
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void garbageIsACorruptFileWithAOneLineReason(String format) throws Exception {
        Path file = dir.resolve("garbage." + format);
        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        Files.write(file, bytes);

        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> new SpreadsheetReader(format).read(file));

        assertEquals("corrupt_file", e.code());
        assertTrue(e.getMessage().startsWith("corrupt " + format + " file: "), e.getMessage());
        assertFalse(e.getMessage().contains("\n") || e.getMessage().contains("\tat "), e.getMessage());
    }

    @Test
    void aTruncatedXlsxIsACorruptFile() throws Exception {
        byte[] whole = xlsxBytes(form(new XSSFWorkbook()));
        Path file = dir.resolve("truncated.xlsx");
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));

        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> new SpreadsheetReader("xlsx").read(file));

        assertEquals("corrupt_file", e.code());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void aMissingFileIsAnIoErrorNotACorruptFile() {
        assertInstanceOf(IOException.class, assertThrows(Exception.class,
                () -> new SpreadsheetReader("xlsx").read(dir.resolve("missing.xlsx"))));
    }

    @Test
    void officeLimitsAreSetAndApplyingThemAgainChangesNothing() {
        OfficeLimits.apply();
        OfficeLimits.apply();

        assertEquals(0.01, ZipSecureFile.getMinInflateRatio());
        assertEquals(256L * 1024 * 1024, ZipSecureFile.getMaxEntrySize());
        assertEquals(64L * 1024 * 1024, ZipSecureFile.getMaxTextSize());
        assertEquals(256 * 1024 * 1024, IOUtils.getByteArrayMaxOverride());
    }

    @Test
    void reasonsAreOneLineWithoutClassNames() {
        Exception nested = new RuntimeException(new IOException("org.apache.xmlbeans.XmlException: error: bad\nmore"));

        assertEquals("error: bad", OfficeFailures.reason(nested));
        assertEquals("IllegalStateException", OfficeFailures.reason(new IllegalStateException()));
    }

    // ---- helpers --------------------------------------------------------------------------------

    private static byte[] xlsxBytes(Workbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (wb) {
            wb.write(out);
        }
        return out.toByteArray();
    }

    private static void copyEntriesExcept(byte[] xlsx, String skipped, ZipOutputStream zip) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (!entry.getName().equals(skipped)) {
                    zip.putNextEntry(new ZipEntry(entry.getName()));
                    in.transferTo(zip);
                    zip.closeEntry();
                }
            }
        }
    }

    /** Bytes this thread has allocated so far, or -1 where the JVM cannot tell. */
    private static long allocatedBytes() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean bean
                && bean.isThreadAllocatedMemorySupported() && bean.isThreadAllocatedMemoryEnabled()) {
            return bean.getCurrentThreadAllocatedBytes();
        }
        return -1;
    }
}
