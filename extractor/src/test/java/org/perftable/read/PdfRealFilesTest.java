package org.perftable.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perftable.grid.Block;
import org.perftable.grid.Cell;
import org.perftable.grid.Grid;
import org.perftable.grid.Page;
import org.perftable.grid.Row;
import org.perftable.grid.TextLine;

/**
 * {@link PdfReader} on published budget disclosures in /work/shared/real-pdfs (see its README.md):
 * ruled tables from different producers against grids checked by eye on the rendered page, and every
 * file read without an exception. Skipped where the directory is absent (CI).
 *
 * <p>The expected pages are in {@code src/test/resources/org/perftable/read/pdf/}, one block a line:
 * {@code text <text>} or {@code row <cell> | <cell> ...}, a cell as {@code [column]}, {@code +colSpan}
 * and {@code xrowSpan} when not 1, then its text with line breaks as ⏎. Lines starting with # are notes.
 */
class PdfRealFilesTest {

    /** The shared directory, relative to the extractor module where Maven runs the tests. */
    private static final Path DIR = Path.of("..", "..", "shared", "real-pdfs");

    @TempDir
    Path dir;

    private static void assumeFiles() {
        assumeTrue(Files.isDirectory(DIR), "no real PDFs at " + DIR.toAbsolutePath().normalize());
    }

    // ---- ruled tables, checked by eye -----------------------------------------------------------

    @ParameterizedTest(name = "{0} page {1}")
    @CsvSource({
        // Acrobat Distiller 7.0 from PScript5, A3 with /Rotate 90, borders as filled rectangles: rows
        // merged down the first column
        "js-0e114b47.pdf, 2, js-0e114b47-p2.txt",
        // WPS 表格, borders as filled rectangles under clipping: a three-level header with row and column
        // spans, empty bordered rows
        "sh-unit-budget-2026.pdf, 8, sh-unit-budget-2026-p8.txt",
        // Microsoft Office Word 2007, borders as filled rectangles: cell text wrapping onto a second
        // line; the header's 功能分类 / 支出用途 border sits above the 功能科目名称 / 金额 border, as
        // drawn (not as in the Excel version of this table)
        "js-07a6273b.pdf, 8, js-07a6273b-p8.txt",
        // Microsoft Excel 2010, borders as stroked lines: numbers touching the right border
        "js-af2f18cd.pdf, 1, js-af2f18cd-p1.txt",
    })
    void ruledTableAsAPersonReadsIt(String file, int number, String expected) throws Exception {
        assumeFiles();

        Grid grid = new PdfReader().read(DIR.resolve(file));

        Page page = grid.pages().get(number - 1);
        assertEquals(number, page.number());
        for (Block block : page.blocks()) {
            assertEquals(number, block.page(), block.toString());
            if (block instanceof Row row) {
                row.cells().forEach(cell -> assertEquals(number, cell.page(), cell.toString()));
            }
        }
        assertEquals(expected(expected), render(page));
        assertFalse(grid.notices().stream().anyMatch(n -> n.page() != null && n.page() == number), grid.notices().toString());
    }

    /** A page as the expected files write it. */
    static String render(Page page) {
        return page.blocks().stream().map(PdfRealFilesTest::render).collect(Collectors.joining("\n"));
    }

    private static String render(Block block) {
        if (block instanceof TextLine line) {
            return "text " + line.text();
        }
        return "row " + ((Row) block).cells().stream().map(PdfRealFilesTest::render).collect(Collectors.joining(" | "));
    }

    private static String render(Cell cell) {
        StringBuilder text = new StringBuilder("[").append(cell.column());
        if (cell.colSpan() != 1) {
            text.append(" +").append(cell.colSpan());
        }
        if (cell.rowSpan() != 1) {
            text.append(" x").append(cell.rowSpan());
        }
        text.append(']');
        if (!cell.text().isEmpty()) {
            text.append(' ').append(cell.text().replace("\n", "⏎"));
        }
        return text.toString();
    }

    private static String expected(String name) throws IOException {
        try (InputStream in = PdfRealFilesTest.class.getResourceAsStream("pdf/" + name)) {
            assertNotNull(in, "missing resource pdf/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#") && !line.isBlank())
                    .collect(Collectors.joining("\n"));
        }
    }

    // ---- every file -----------------------------------------------------------------------------

    @TestFactory
    Stream<DynamicTest> everyFileReadsWithoutAnException() throws IOException {
        assumeFiles();
        List<Path> files;
        try (Stream<Path> listing = Files.list(DIR)) {
            files = listing.filter(f -> f.getFileName().toString().endsWith(".pdf")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            int pageCount;
            try (PDDocument document = Loader.loadPDF(file.toFile())) {
                pageCount = document.getNumberOfPages();
            }
            FilingReader reader = Readers.forFile(file);
            assertTrue(reader instanceof PdfReader, reader.getClass().getName());
            Grid grid = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> reader.read(file));
            assertEquals("pdf", grid.format());
            assertEquals(pageCount, grid.pages().size());
            for (int i = 0; i < pageCount; i++) {
                Page page = grid.pages().get(i);
                assertEquals(i + 1, page.number());
                for (Block block : page.blocks()) {
                    assertEquals(i + 1, block.page());
                    if (block instanceof Row row) {
                        assertFalse(row.cells().isEmpty(), block.source());
                        int column = -1;
                        for (Cell cell : row.cells()) {
                            assertTrue(cell.column() > column, "cells left to right: " + row);
                            assertTrue(cell.rowSpan() >= 1 && cell.colSpan() >= 1, cell.toString());
                            assertEquals(i + 1, cell.page());
                            column = cell.column();
                        }
                    } else {
                        assertFalse(((TextLine) block).text().isBlank(), block.source());
                    }
                }
            }
            assertTrue(grid.blocks().findAny().isPresent(), "no text read at all");
        }));
    }

    // ---- wrapped cell text ----------------------------------------------------------------------

    /**
     * Word 2007 sets the table's text at 2.5 font sizes line pitch: the cells wrap with no empty line
     * between their lines (rendered page 22), yet each line break is read as a paragraph break.
     */
    @Test
    void doubleSpacedWrapsInWordAreLineBreaks() throws Exception {
        assumeFiles();

        Page page = new PdfReader().read(DIR.resolve("js-d64c3b59.pdf")).pages().get(21);

        List<Row> rows = page.tables().get(0).rows();
        assertEquals("采购品目大\n类", rows.get(0).cellAt(0).text());
        Row network = rows.stream().filter(r -> r.cellAt(5) != null && r.cellAt(5).text().equals("100.00")).findFirst()
                .orElseThrow();
        assertEquals("网络、电子检\n务、实验室、机\n要通道、档案数\n字化系统运行\n维护费", network.cellAt(1).text());
        assertEquals("信息网络及软件购置\n更新", network.cellAt(2).text());
    }

    /** WPS: 9 pt text at a 29.5 pt line pitch, wrapped at the cell's edge (rendered page 8). */
    @Test
    void wideSpacedWrapsInWpsAreLineBreaks() throws Exception {
        assumeFiles();

        Page page = new PdfReader().read(DIR.resolve("js-ac3cc788.pdf")).pages().get(7);

        List<Row> rows = page.tables().get(0).rows();
        assertEquals("九、医疗卫生与计\n划生育支出", rows.get(1).cellAt(2).text());
        assertEquals("十一、城乡社区支\n出", rows.get(3).cellAt(2).text());
    }

    // ---- prose ----------------------------------------------------------------------------------

    /**
     * Narrative pages of Word 2007 and WPS files, set justified: a line holding a long number is
     * stretched with gaps over two font sizes wide; read as columns, the whole page would become
     * inferred rows (row [1] （二）支出预算总计 | [3] 21,955.35 万元。包括：) with a table_inferred notice.
     */
    @ParameterizedTest(name = "{0} page {1}")
    @CsvSource({"js-1f18e040.pdf, 24", "js-1f18e040.pdf, 25", "js-701c1ad6.pdf, 19", "js-ac3b6bb6.pdf, 21"})
    void justifiedProseIsNoTable(String file, int number) throws Exception {
        assumeFiles();

        Grid grid = new PdfReader().read(DIR.resolve(file));

        Page page = grid.pages().get(number - 1);
        assertTrue(page.blocks().stream().allMatch(b -> b instanceof TextLine), render(page));
        assertFalse(grid.notices().stream().anyMatch(n -> n.page() != null && n.page() == number), grid.notices().toString());
    }

    // ---- text the page does not show ------------------------------------------------------------

    /**
     * WPS prints a long sheet in slices: page 11 draws the sheet on from its table and leaves the rest
     * below the page (display y 863 to about 1900 on an 842 pt page). It is read as 89 text lines after
     * the table (财政拨款基本支出预算表, 部门：, …, 科目, 科目名称, 金额, 编码, 合计, 7,666.68, 301, …) that no
     * viewer shows on page 11, and that pages 12 and 13 show again.
     */
    @Test
    void textBelowThePageIsNotRead() throws Exception {
        assumeFiles();

        Page page = new PdfReader().read(DIR.resolve("js-ac3cc788.pdf")).pages().get(10);

        Block last = page.blocks().get(page.blocks().size() - 1);
        assertTrue(last instanceof Row, render(page));
        assertEquals("row [0] 2210202 | [1] 提租补贴 | [2] 1,018.01", render(last));
        assertEquals(List.of("财政拨款支出预算表", "部门：", "江苏省人大常委会办公厅", "单位：万元"), textLines(page));
    }

    /**
     * WPS again: pages 4 and 5 both draw the whole 主要职能 text. Page 4 clips it at display y 468.5
     * (a {@code re W* n} clip; its lines at y 477 to 556, （八） to （十）, are hidden); page 5 draws
     * the same text from y -267, above the page, so that only （八） to （十） land on it. Both pages
     * read all of it, so （一） to （十） come twice.
     */
    @Test
    void textClippedAwayIsNotRead() throws Exception {
        assumeFiles();

        Grid grid = new PdfReader().read(DIR.resolve("sh-dept-budget-2026.pdf"));

        List<String> page4 = textLines(grid.pages().get(3));
        List<String> page5 = textLines(grid.pages().get(4));
        assertTrue(page4.get(0).startsWith("上海市普陀区司法局主要职能"), page4.toString());
        assertFalse(page4.stream().anyMatch(t -> t.startsWith("（九）") || t.startsWith("（十）")), String.join("\n", page4));
        assertFalse(page5.stream().anyMatch(t -> t.startsWith("上海市普陀区司法局") || t.startsWith("（一）")),
                String.join("\n", page5));
        assertTrue(page5.stream().anyMatch(t -> t.startsWith("（十）")), String.join("\n", page5));
    }

    private static List<String> textLines(Page page) {
        List<String> lines = new ArrayList<>();
        for (Block block : page.blocks()) {
            if (block instanceof TextLine line) {
                lines.add(line.text());
            }
        }
        return lines;
    }

    // ---- damaged files --------------------------------------------------------------------------

    /**
     * The first tenth of a 31-page WPS file: PDFBox's lenient parser finds a page tree with no pages
     * in it, and the reader returns a grid of zero pages and no notice, an empty success.
     */
    @Test
    void truncatedFileWithNoPageLeftIsUnreadable() throws Exception {
        assumeFiles();
        byte[] bytes = Files.readAllBytes(DIR.resolve("js-ac3cc788.pdf"));
        Path cut = dir.resolve("cut.pdf");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 10));

        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> new PdfReader().read(cut));

        assertEquals("corrupt_file", e.code());
    }
}
