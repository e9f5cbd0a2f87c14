package org.perftable.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSym;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STSectionMark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.perftable.grid.Block;
import org.perftable.grid.Cell;
import org.perftable.grid.Grid;
import org.perftable.grid.Page;
import org.perftable.grid.Row;
import org.perftable.grid.TextLine;

class DocxReaderTest {

    private static final String NAMESPACES = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
            + " xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\"";

    @TempDir
    Path dir;

    /**
     * A two-page form: a title, a line with a tab, a blank paragraph; a table on a grid of four equal
     * columns with a spanning cell, a vertical merge over three rows, two paragraphs and a line break
     * in cells, Wingdings 2 checkboxes; a page break; a table whose rows divide it differently, on
     * a grid of 2000, 1000, 1000, 2000 twips; a last line. {@code sample-form.doc} beside
     * {@link DocReaderTest} is this document saved as .doc by LibreOffice.
     */
    static void writeSampleForm(Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("部门整体支出绩效目标申报表");
            XWPFRun unitLine = doc.createParagraph().createRun();
            unitLine.setText("部门名称：某某局");
            unitLine.addTab();
            unitLine.setText("单位：万元");
            doc.createParagraph();

            TableBuilder first = new TableBuilder(doc, 2000, 2000, 2000, 2000);
            first.row();
            first.cell(1, "项目名称");
            first.cell(3, "某项目");
            first.row();
            merge(first.cell(1, "绩效指标"), STMerge.RESTART);
            first.cell(1, "产出指标");
            first.cell(1, "数量");
            first.cell(1, "≥10个");
            first.row();
            merge(first.cell(1), STMerge.CONTINUE);
            first.cell(1, "效益指标");
            first.cell(1, "第一段", "第二段");
            XWPFParagraph choice = first.cell(1).getParagraphs().get(0);
            symbol(choice, "Wingdings 2", "F052");
            choice.createRun().setText("是 ");
            symbol(choice, "Wingdings 2", "F0A3");
            choice.createRun().setText("否");
            first.row();
            merge(first.cell(1), STMerge.CONTINUE);
            first.cell(1, "满意度");
            XWPFRun lines = first.cell(1).getParagraphs().get(0).createRun();
            lines.setText("第一行");
            lines.addBreak();
            lines.setText("第二行");
            first.cell(1);

            doc.createParagraph().createRun().addBreak(BreakType.PAGE);

            TableBuilder second = new TableBuilder(doc, 2000, 1000, 1000, 2000);
            second.row();
            second.cell(1, "指标");
            second.cell(2, "值");
            second.cell(1, "备注");
            second.row();
            second.cell(2, "A");
            second.cell(2, "1");
            doc.createParagraph().createRun().setText("结束");
            write(doc, file);
        }
    }

    /** What {@link #writeSampleForm} reads as, from the .docx and from the .doc alike. */
    static List<Page> sampleFormPages() {
        return List.of(
                new Page(1, List.of(
                        new TextLine("部门整体支出绩效目标申报表", 1, "paragraph 1"),
                        new TextLine("部门名称：某某局 单位：万元", 1, "paragraph 2"),
                        new Row(List.of(
                                new Cell("项目名称", 0, 1, 1, 1, "table 1 row 1 cell 1"),
                                new Cell("某项目", 1, 1, 3, 1, "table 1 row 1 cell 2")), 1, "table 1 row 1"),
                        new Row(List.of(
                                new Cell("绩效指标", 0, 3, 1, 1, "table 1 row 2 cell 1"),
                                new Cell("产出指标", 1, 1, 1, 1, "table 1 row 2 cell 2"),
                                new Cell("数量", 2, 1, 1, 1, "table 1 row 2 cell 3"),
                                new Cell("≥10个", 3, 1, 1, 1, "table 1 row 2 cell 4")), 1, "table 1 row 2"),
                        new Row(List.of(
                                new Cell("效益指标", 1, 1, 1, 1, "table 1 row 3 cell 2"),
                                new Cell("第一段\n\n第二段", 2, 1, 1, 1, "table 1 row 3 cell 3"),
                                new Cell("☑是 ☐否", 3, 1, 1, 1, "table 1 row 3 cell 4")), 1, "table 1 row 3"),
                        new Row(List.of(
                                new Cell("满意度", 1, 1, 1, 1, "table 1 row 4 cell 2"),
                                new Cell("第一行\n第二行", 2, 1, 1, 1, "table 1 row 4 cell 3"),
                                new Cell("", 3, 1, 1, 1, "table 1 row 4 cell 4")), 1, "table 1 row 4"))),
                new Page(2, List.of(
                        new Row(List.of(
                                new Cell("指标", 0, 1, 1, 2, "table 2 row 1 cell 1"),
                                new Cell("值", 1, 1, 2, 2, "table 2 row 1 cell 2"),
                                new Cell("备注", 3, 1, 1, 2, "table 2 row 1 cell 3")), 2, "table 2 row 1"),
                        new Row(List.of(
                                new Cell("A", 0, 1, 2, 2, "table 2 row 2 cell 1"),
                                new Cell("1", 2, 1, 2, 2, "table 2 row 2 cell 2")), 2, "table 2 row 2"),
                        new TextLine("结束", 2, "paragraph 5"))));
    }

    @Test
    void readsParagraphsTablesSpansMergesCheckboxesAndPages() throws Exception {
        Path file = dir.resolve("form.docx");
        writeSampleForm(file);

        Grid grid = Readers.forFile(file).read(file);

        assertEquals(new Grid("docx", sampleFormPages(), List.of()), grid);
    }

    /**
     * Four sections: a paragraph's sectPr describes the section that paragraph ends, and the next
     * sectPr says how the next section starts. {@code sections.doc} beside {@link DocReaderTest} is
     * this document saved as .doc by LibreOffice.
     */
    static void writeSections(Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            endSection(paragraph(doc, "甲"), STSectionMark.NEXT_PAGE);
            endSection(paragraph(doc, "乙"), STSectionMark.CONTINUOUS); // 乙's section runs on: same page
            endSection(paragraph(doc, "丙"), null);                     // 丙's has no type: a new page
            paragraph(doc, "丁");
            doc.getDocument().getBody().addNewSectPr().addNewType().setVal(STSectionMark.ODD_PAGE);
            write(doc, file);
        }
    }

    @Test
    void aSectionStartsAPageUnlessItIsContinuous() throws Exception {
        Path file = dir.resolve("sections.docx");
        writeSections(file);

        assertEquals(List.of("1 甲", "1 乙", "2 丙", "3 丁"), pagedLines(new DocxReader().read(file)));
    }

    @Test
    void pageBreakBeforeStartsAPageUnlessAlreadyAtTheTop() throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            CTStyle chapter = CTStyle.Factory.newInstance();
            chapter.setStyleId("Chapter");
            chapter.setType(STStyleType.PARAGRAPH);
            chapter.addNewPPr().addNewPageBreakBefore();
            doc.createStyles().addStyle(new XWPFStyle(chapter));

            XWPFParagraph top = doc.createParagraph();
            top.setPageBreak(true);
            top.createRun().setText("首页");
            doc.createParagraph().createRun().setText("正文");
            XWPFParagraph styled = doc.createParagraph();
            styled.setStyle("Chapter");
            styled.createRun().setText("第二章");
            XWPFParagraph broken = doc.createParagraph();
            broken.createRun().setText("前");
            broken.createRun().addBreak(BreakType.PAGE);
            broken.createRun().setText("后");

            assertEquals(List.of("1 首页", "1 正文", "2 第二章", "2 前", "3 后"), pagedLines(read(doc)));
        }
    }

    @Test
    void checkboxControlsFormFieldsAndBoxCharactersPrintAsBoxes() throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            paragraphXml(doc, checkboxControl(true) + "<w:r><w:t xml:space=\"preserve\">有 </w:t></w:r>" + checkboxControl(false)
                    + "<w:r><w:t>无</w:t></w:r>");
            paragraphXml(doc, formCheckbox("<w:checked/>") + "<w:r><w:t xml:space=\"preserve\">甲 </w:t></w:r>"
                    + formCheckbox("<w:default w:val=\"0\"/>") + "<w:r><w:t>乙</w:t></w:r>");
            paragraphXml(doc, "<w:r><w:t>☑是 ☒否 ■可 ☐不 □空</w:t></w:r>");
            paragraphXml(doc, "<w:r><w:rPr><w:rFonts w:ascii=\"Wingdings\" w:hAnsi=\"Wingdings\"/></w:rPr>"
                    + "<w:t>\u00fe</w:t></w:r><w:r><w:t xml:space=\"preserve\">选 </w:t></w:r>"
                    + "<w:r><w:sym w:font=\"Wingdings\" w:char=\"F0A8\"/></w:r><w:r><w:t>不选</w:t></w:r>");

            assertEquals(List.of("1 ☑有 ☐无", "1 ☑甲 ☐乙", "1 ☑是 ☒否 ■可 ☐不 □空", "1 ☑选 ☐不选"),
                    pagedLines(read(doc)));
        }
    }

    @Test
    void fieldInstructionsAreLeftOutAndTheirResultsKept() throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            paragraphXml(doc, "<w:r><w:t xml:space=\"preserve\">第 </w:t></w:r>"
                    + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
                    + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>3</w:t></w:r>"
                    + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t xml:space=\"preserve\"> 页</w:t></w:r>"
                    + "<w:del><w:r><w:delText>删去</w:delText></w:r></w:del>");

            assertEquals(List.of("1 第 3 页"), pagedLines(read(doc)));
        }
    }

    @Test
    void aNestedTableAddsItsCellsAsParagraphsOfTheOuterCell() throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            TableBuilder outer = new TableBuilder(doc, 2000);
            outer.row();
            XWPFTableCell cell = outer.cell(1, "外层");
            CTTbl inner = cell.getCTTc().addNewTbl();
            inner.set(CTTbl.Factory.parse(fragment("<w:tr>"
                    + "<w:tc><w:p><w:r><w:t>内一</w:t></w:r></w:p></w:tc>"
                    + "<w:tc><w:p/></w:tc>"
                    + "<w:tc><w:p><w:r><w:t>内二</w:t></w:r></w:p></w:tc></w:tr>")));
            cell.getCTTc().addNewP();

            Row row = (Row) read(doc).pages().get(0).blocks().get(0);

            assertEquals(List.of(new Cell("外层\n\n内一\n\n内二", 0, 1, 1, 1, "table 1 row 1 cell 1")), row.cells());
        }
    }

    @Test
    void aRowWhoseCellsAreAllMergedAwayIsStillARow() throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            TableBuilder table = new TableBuilder(doc, 2000);
            table.row();
            merge(table.cell(1, "合并"), STMerge.RESTART);
            table.row();
            merge(table.cell(1), STMerge.CONTINUE);

            List<Block> blocks = read(doc).pages().get(0).blocks();

            assertEquals(new Row(List.of(new Cell("合并", 0, 2, 1, 1, "table 1 row 1 cell 1")), 1, "table 1 row 1"),
                    blocks.get(0));
            assertEquals(new Row(List.of(), 1, "table 1 row 2"), blocks.get(1));
        }
    }

    @Test
    void aTableWithoutBordersIsATableAllTheSame() throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            TableBuilder table = new TableBuilder(doc, 2000, 2000);
            table.table.removeBorders();
            table.row();
            table.cell(1, "三级指标");
            table.cell(1, "指标值");
            table.row();
            table.cell(1, "培训人次");
            // a cell can still draw its own borders: this one says none, as borderless exports do
            properties(table.cell(1, "≥100人次")).addNewTcBorders().addNewTop().setVal(STBorder.NIL);
            assertFalse(table.table.getCTTbl().getTblPr().isSetTblBorders());

            List<Block> blocks = read(doc).pages().get(0).blocks();

            assertEquals(List.of(
                    new Row(List.of(new Cell("三级指标", 0, 1, 1, 1, "table 1 row 1 cell 1"),
                            new Cell("指标值", 1, 1, 1, 1, "table 1 row 1 cell 2")), 1, "table 1 row 1"),
                    new Row(List.of(new Cell("培训人次", 0, 1, 1, 1, "table 1 row 2 cell 1"),
                            new Cell("≥100人次", 1, 1, 1, 1, "table 1 row 2 cell 2")), 1, "table 1 row 2")),
                    blocks);
        }
    }

    @Test
    void cellsOfARowStartingLaterInTheGridKeepTheirGridColumns() throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            TableBuilder table = new TableBuilder(doc, 2000, 2000, 2000);
            table.row();
            table.cell(1, "甲");
            table.cell(2, "乙");
            table.row();
            table.gridBefore(1);
            table.cell(1, "丙");
            table.cell(1, "丁");

            Row shifted = (Row) read(doc).pages().get(0).blocks().get(1);

            assertEquals(List.of(
                    new Cell("丙", 1, 1, 1, 1, "table 1 row 2 cell 1"),
                    new Cell("丁", 2, 1, 1, 1, "table 1 row 2 cell 2")), shifted.cells());
        }
    }

    @Test
    void aTableWhoseFirstParagraphStartsAPageStartsOne() throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            paragraph(doc, "前");
            TableBuilder table = new TableBuilder(doc, 2000);
            table.row();
            table.cell(1, "表").getParagraphs().get(0).setPageBreak(true);

            assertEquals(2, read(doc).pages().get(1).blocks().get(0).page());
        }
    }

    @Test
    void anEncryptedDocumentIsRefusedAsEncrypted() throws Exception {
        Path plain = dir.resolve("plain.docx");
        writeSampleForm(plain);
        Path file = dir.resolve("locked.docx");
        encrypt(plain, file, "secret");

        UnreadableFileException viaDetection = assertThrows(UnreadableFileException.class,
                () -> Readers.forFile(file).read(file));
        UnreadableFileException direct = assertThrows(UnreadableFileException.class,
                () -> new DocxReader().read(file));

        assertEquals("encrypted", viaDetection.code());
        assertEquals("encrypted", direct.code());
        assertEquals("encrypted or password-protected Office file", direct.getMessage());
    }

    @Test
    void aBrokenPackageIsACorruptFileWithAShortReason() throws Exception {
        Path file = dir.resolve("broken.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document>not closed".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> Readers.forFile(file).read(file));

        assertEquals("corrupt_file", e.code());
        assertTrue(e.getMessage().startsWith("corrupt docx file: "), e.getMessage());
        assertFalse(e.getMessage().contains("\n") || e.getMessage().contains("\tat "), e.getMessage());
    }

    // --- building documents ---

    private Grid read(XWPFDocument doc) throws Exception {
        Path file = Files.createTempFile(dir, "doc", ".docx");
        write(doc, file);
        return new DocxReader().read(file);
    }

    private static void write(XWPFDocument doc, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            doc.write(out);
        }
    }

    private static void encrypt(Path plain, Path encrypted, String password) throws Exception {
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword(password);
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            try (OutputStream out = encryptor.getDataStream(fs)) {
                Files.copy(plain, out);
            }
            try (OutputStream out = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(out);
            }
        }
    }

    /** "page text" for every text line. */
    static List<String> pagedLines(Grid grid) {
        return grid.blocks()
                .filter(TextLine.class::isInstance)
                .map(block -> block.page() + " " + ((TextLine) block).text())
                .toList();
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String text) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.createRun().setText(text);
        return paragraph;
    }

    private static void endSection(XWPFParagraph paragraph, STSectionMark.Enum type) {
        CTSectPr section = paragraph.getCTP().addNewPPr().addNewSectPr();
        if (type != null) {
            section.addNewType().setVal(type);
        }
    }

    private static void paragraphXml(XWPFDocument doc, String runsXml) throws XmlException {
        doc.createParagraph().getCTP().set(CTP.Factory.parse(fragment(runsXml)));
    }

    /** XMLBeans parses an {@code xml-fragment} as the content of the type, not as a child of it. */
    private static String fragment(String xml) {
        return "<xml-fragment " + NAMESPACES + ">" + xml + "</xml-fragment>";
    }

    private static String checkboxControl(boolean checked) {
        return "<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val=\"" + (checked ? 1 : 0) + "\"/></w14:checkbox>"
                + "</w:sdtPr><w:sdtContent><w:r><w:t>" + (checked ? "☒" : "☐") + "</w:t></w:r></w:sdtContent></w:sdt>";
    }

    private static String formCheckbox(String state) {
        return "<w:r><w:fldChar w:fldCharType=\"begin\"><w:ffData><w:checkBox><w:sizeAuto/>" + state
                + "</w:checkBox></w:ffData></w:fldChar></w:r>"
                + "<w:r><w:instrText xml:space=\"preserve\"> FORMCHECKBOX </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
    }

    /** Builds a table row by row on a grid of column widths (twips), as Word writes one. */
    private static final class TableBuilder {

        private final XWPFTable table;
        private final int[] widths;
        private XWPFTableRow row;
        private int column;

        TableBuilder(XWPFDocument doc, int... widths) {
            this.table = doc.createTable();
            this.widths = widths;
            table.removeRow(0);
            CTTblGrid grid = table.getCTTbl().getTblGrid() != null
                    ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
            while (grid.sizeOfGridColArray() > 0) {
                grid.removeGridCol(0);
            }
            for (int width : widths) {
                grid.addNewGridCol().setW(BigInteger.valueOf(width));
            }
        }

        void row() {
            row = table.insertNewTableRow(table.getNumberOfRows());
            column = 0;
        }

        void gridBefore(int columns) {
            row.getCtRow().addNewTrPr().addNewGridBefore().setVal(BigInteger.valueOf(columns));
            column += columns;
        }

        /** A cell spanning grid columns, one paragraph per text. */
        XWPFTableCell cell(int span, String... paragraphs) {
            XWPFTableCell cell = row.addNewTableCell();
            int width = 0;
            for (int c = column; c < column + span; c++) {
                width += widths[c];
            }
            column += span;
            cell.setWidthType(TableWidthType.DXA);
            cell.setWidth(String.valueOf(width));
            if (span > 1) {
                properties(cell).addNewGridSpan().setVal(BigInteger.valueOf(span));
            }
            for (int p = 0; p < paragraphs.length; p++) {
                XWPFParagraph paragraph = p == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
                paragraph.createRun().setText(paragraphs[p]);
            }
            return cell;
        }
    }

    private static XWPFTableCell merge(XWPFTableCell cell, STMerge.Enum merge) {
        properties(cell).addNewVMerge().setVal(merge);
        return cell;
    }

    private static CTTcPr properties(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }

    private static void symbol(XWPFParagraph paragraph, String font, String hex) {
        CTSym sym = paragraph.createRun().getCTR().addNewSym();
        sym.setFont(font);
        sym.setChar(HexFormat.of().parseHex(hex));
    }
}
