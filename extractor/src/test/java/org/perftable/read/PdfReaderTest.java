package org.perftable.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.perftable.grid.Block;
import org.perftable.grid.Cell;
import org.perftable.grid.Grid;
import org.perftable.grid.Notice;
import org.perftable.grid.Page;
import org.perftable.grid.Row;
import org.perftable.grid.TextLine;

/**
 * {@link PdfReader} on PDFs drawn here with PDFBox: ruled tables (stroked and filled borders, merged
 * cells, wrapped text, invisible white lines, rotated pages), pages without rulings, text the page
 * does not show, checkbox glyphs, Chinese text, and files that cannot be read.
 *
 * <p>Drawings are given in display coordinates: points from the top-left corner of a 400 × 300 page as
 * shown. {@link Canvas} flips them into PDF user space and, for a rotated page, a {@code cm} turns the
 * drawing so that the page shows the same picture after its /Rotate.
 */
class PdfReaderTest {

    private static final float WIDTH = 400;
    private static final float HEIGHT = 300;

    @TempDir
    Path dir;

    // ---- drawing --------------------------------------------------------------------------------

    /** How table borders are painted: stroked paths (Excel) or thin filled rectangles (Word, WPS, Distiller). */
    private enum Rule {
        STROKE, FILL
    }

    /** Draws in display coordinates on one page. */
    private static final class Canvas {

        private final PDPageContentStream stream;
        private final Rule rule;
        private final PDFont font;

        Canvas(PDPageContentStream stream, Rule rule, PDFont font) {
            this.stream = stream;
            this.rule = rule;
            this.font = font;
        }

        /** A horizontal or vertical border from (x1, y1) to (x2, y2). */
        Canvas line(float x1, float y1, float x2, float y2) throws IOException {
            if (rule == Rule.STROKE) {
                stream.setLineWidth(0.5f);
                stream.moveTo(x1, HEIGHT - y1);
                stream.lineTo(x2, HEIGHT - y2);
                stream.stroke();
            } else if (y1 == y2) {
                stream.addRect(Math.min(x1, x2), HEIGHT - y1 - 0.25f, Math.abs(x2 - x1), 0.5f);
                stream.fill();
            } else {
                stream.addRect(x1 - 0.25f, HEIGHT - Math.max(y1, y2), 0.5f, Math.abs(y2 - y1));
                stream.fill();
            }
            return this;
        }

        /** Text in 10 pt Helvetica with its baseline at y. */
        Canvas text(float x, float baseline, String text) throws IOException {
            return text(x, baseline, text, font);
        }

        Canvas text(float x, float baseline, String text, PDFont in) throws IOException {
            stream.beginText();
            stream.setFont(in, 10);
            stream.newLineAtOffset(x, HEIGHT - baseline);
            stream.showText(text);
            stream.endText();
            return this;
        }

        PDPageContentStream stream() {
            return stream;
        }
    }

    @FunctionalInterface
    private interface Drawing {
        void draw(Canvas canvas) throws IOException;
    }

    private static PDFont helvetica() {
        return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    }

    /** A one-page PDF of the drawing, the page turned by {@code rotation} degrees but showing the same picture. */
    private Path pdf(String name, int rotation, Rule rule, Drawing drawing) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument document = new PDDocument()) {
            boolean sideways = rotation % 180 != 0;
            PDPage page = new PDPage(sideways ? new PDRectangle(HEIGHT, WIDTH) : new PDRectangle(WIDTH, HEIGHT));
            page.setRotation(rotation);
            document.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                // user space of the unrotated drawing → user space of the rotated page
                switch (rotation) {
                    case 90 -> stream.transform(new Matrix(0, 1, -1, 0, HEIGHT, 0));
                    case 180 -> stream.transform(new Matrix(-1, 0, 0, -1, WIDTH, HEIGHT));
                    case 270 -> stream.transform(new Matrix(0, -1, 1, 0, 0, WIDTH));
                    default -> {
                    }
                }
                drawing.draw(new Canvas(stream, rule, helvetica()));
            }
            document.save(file.toFile());
        }
        return file;
    }

    private Path pdf(String name, Rule rule, Drawing drawing) throws IOException {
        return pdf(name, 0, rule, drawing);
    }

    private static Grid read(Path file) throws IOException, UnreadableFileException {
        return new PdfReader().read(file);
    }

    // ---- expectations ---------------------------------------------------------------------------

    /** A block as the assertions compare it: kind, text and cell geometry, without the source. */
    private static String describe(Block block) {
        if (block instanceof TextLine line) {
            return "text p" + line.page() + " " + line.text();
        }
        Row row = (Row) block;
        return "row p" + row.page() + " " + row.cells().stream().map(PdfReaderTest::describe).collect(Collectors.joining(" | "));
    }

    private static String describe(Cell cell) {
        return "[" + cell.column() + " +" + cell.colSpan() + " x" + cell.rowSpan() + " p" + cell.page() + "] "
                + cell.text().replace("\n", "⏎");
    }

    private static List<String> describe(Page page) {
        return page.blocks().stream().map(PdfReaderTest::describe).toList();
    }

    private static String text(String text) {
        return "text p1 " + text;
    }

    /** A row of page 1; cells as {@link #cell}. */
    private static String row(String... cells) {
        return "row p1 " + String.join(" | ", cells);
    }

    private static String cell(String text, int column, int rowSpan, int colSpan) {
        return describe(new Cell(text, column, rowSpan, colSpan, 1, ""));
    }

    // ---- the ruled 3 × 3 table ------------------------------------------------------------------

    /**
     * A title, a department and a unit line on one baseline, then a table on columns x = 50, 150, 250,
     * 350 and rows y = 80, 110, 140, 170: the first row's two left cells merged (no border at x = 150
     * above y = 110), the right column's two lower cells merged (no border at y = 140 right of x = 250);
     * a note under the table.
     */
    private static Drawing table(Drawing extra) {
        return canvas -> {
            canvas.text(150, 40, "Budget Overview")
                    .text(50, 68, "Dept: Finance")
                    .text(280, 68, "Unit: 10k yuan");
            canvas.line(50, 80, 350, 80)
                    .line(50, 110, 350, 110)
                    .line(50, 140, 250, 140)
                    .line(50, 170, 350, 170)
                    .line(50, 80, 50, 170)
                    .line(150, 110, 150, 170)
                    .line(250, 80, 250, 170)
                    .line(350, 80, 350, 170);
            canvas.text(55, 100, "Project")
                    .text(255, 100, "Amount")
                    .text(55, 130, "Salaries")
                    .text(155, 130, "Basic")
                    .text(255, 145, "120.50")
                    .text(55, 160, "Travel")
                    .text(155, 160, "Project");
            canvas.text(50, 200, "Note: estimates");
            extra.draw(canvas);
        };
    }

    private static final List<String> TABLE = List.of(
            text("Budget Overview"),
            text("Dept: Finance"),
            text("Unit: 10k yuan"),
            row(cell("Project", 0, 1, 2), cell("Amount", 2, 1, 1)),
            row(cell("Salaries", 0, 1, 1), cell("Basic", 1, 1, 1), cell("120.50", 2, 2, 1)),
            row(cell("Travel", 0, 1, 1), cell("Project", 1, 1, 1)),
            text("Note: estimates"));

    @Test
    void strokedTableGivesCellsWithSpansBetweenTextLines() throws Exception {
        Grid grid = read(pdf("stroked.pdf", Rule.STROKE, table(canvas -> { })));

        assertEquals("pdf", grid.format());
        assertEquals(1, grid.pages().size());
        Page page = grid.pages().get(0);
        assertEquals(1, page.number());
        assertEquals(TABLE, describe(page));
        assertEquals(List.of(), grid.notices());
        assertEquals(1, page.tables().size());
        assertEquals(3, page.tables().get(0).rows().size());
        Row second = page.tables().get(0).rows().get(1);
        assertEquals("120.50", second.cellAt(2).text());
    }

    @Test
    void cellSourcesGiveTheirBoxesInDisplayCoordinates() throws Exception {
        Grid grid = read(pdf("stroked.pdf", Rule.STROKE, table(canvas -> { })));

        Row first = (Row) grid.pages().get(0).blocks().get(3);
        assertEquals("page 1 box 50.0,80.0,250.0,110.0", first.cells().get(0).source());
        assertEquals("page 1 box 250.0,80.0,350.0,110.0", first.cells().get(1).source());
        Row second = (Row) grid.pages().get(0).blocks().get(4);
        assertEquals("page 1 box 250.0,110.0,350.0,170.0", second.cells().get(2).source());
    }

    @Test
    void fontsNotEmbeddedAreStoodInForByTheBundledFontWhateverIsInstalled() throws Exception {
        Grid grid = read(pdf("stroked.pdf", Rule.STROKE, table(canvas -> { })));

        assertEquals(TABLE, describe(grid.pages().get(0)));
        // PDFBox's own mapper looks among the fonts installed here, so a filing could read differently elsewhere
        assertTrue(FontMappers.instance() instanceof PdfStandInFonts);
        FontMapping<TrueTypeFont> standIn = FontMappers.instance().getTrueTypeFont("SimSun", null);
        assertEquals("LiberationSans", standIn.getFont().getName());
        assertTrue(standIn.isFallback());
    }

    @Test
    void thinFilledRectanglesAreBordersLikeStrokes() throws Exception {
        Grid grid = read(pdf("filled.pdf", Rule.FILL, table(canvas -> { })));

        assertEquals(TABLE, describe(grid.pages().get(0)));
    }

    @Test
    void rectanglesDrawnWithReAndStrokedAreBordersToo() throws Exception {
        // every cell its own stroked rectangle, as many producers draw them; shared borders overlap
        Grid grid = read(pdf("boxes.pdf", Rule.STROKE, canvas -> {
            PDPageContentStream s = canvas.stream();
            s.setLineWidth(0.5f);
            float[][] boxes = {{50, 80, 250, 110}, {250, 80, 350, 110}, {50, 110, 150, 140}, {150, 110, 250, 140},
                    {250, 110, 350, 170}, {50, 140, 150, 170}, {150, 140, 250, 170}};
            for (float[] b : boxes) {
                s.addRect(b[0], HEIGHT - b[3], b[2] - b[0], b[3] - b[1]);
            }
            s.stroke();
            canvas.text(55, 100, "Project").text(255, 100, "Amount").text(55, 130, "Salaries").text(155, 130, "Basic")
                    .text(255, 145, "120.50").text(55, 160, "Travel").text(155, 160, "Project");
        }));

        assertEquals(TABLE.subList(3, 6), describe(grid.pages().get(0)));
    }

    @Test
    void wrappedCellTextIsJoinedTopToBottomWithNewlines() throws Exception {
        // the lower line is drawn first: the order comes from the page, not the content stream
        Grid grid = read(pdf("wrapped.pdf", Rule.STROKE, canvas -> {
            canvas.line(50, 80, 350, 80).line(50, 130, 350, 130).line(50, 80, 50, 130).line(200, 80, 200, 130)
                    .line(350, 80, 350, 130);
            canvas.text(55, 108, "second line")
                    .text(55, 96, "A cell that wraps")
                    .text(55, 120, "third")
                    .text(205, 96, "one line");
        }));

        assertEquals(List.of(row(cell("A cell that wraps\nsecond line\nthird", 0, 1, 1), cell("one line", 1, 1, 1))),
                describe(grid.pages().get(0)));
    }

    /** A one-cell table from y 80 to 200 with lines of text at the given baselines. */
    private static Drawing cellWithLines(float[] baselines, String... lines) {
        return canvas -> {
            canvas.line(50, 80, 350, 80).line(50, 200, 350, 200).line(50, 80, 50, 200).line(350, 80, 350, 200);
            for (int i = 0; i < lines.length; i++) {
                canvas.text(55, baselines[i], lines[i]);
            }
        };
    }

    @Test
    void emptyLineInACellIsAParagraphBreak() throws Exception {
        // single spacing (12 pt at 10 pt), then a line left empty
        Grid grid = read(pdf("empty-line.pdf", Rule.STROKE, cellWithLines(new float[] {95, 107, 131},
                "The first paragraph of this cell runs on", "to a second line", "A second paragraph")));

        assertEquals(List.of(row(cell("The first paragraph of this cell runs on\nto a second line\n\nA second paragraph", 0, 1, 1))),
                describe(grid.pages().get(0)));
    }

    @Test
    void shortLineEndingASentenceEndsAParagraph() throws Exception {
        Grid grid = read(pdf("sentence.pdf", Rule.STROKE, cellWithLines(new float[] {95, 107, 119},
                "The first paragraph of this cell runs on to", "its end.", "The second paragraph.")));

        assertEquals(List.of(row(cell("The first paragraph of this cell runs on to\nits end.\n\nThe second paragraph.", 0, 1, 1))),
                describe(grid.pages().get(0)));
    }

    /**
     * Word and WPS set table text at double or fixed line spacing: a cell's wrapped lines can be 2.5
     * to 3.3 font sizes apart with no empty line between them (js-d64c3b59.pdf page 22,
     * js-ac3cc788.pdf page 8: see PdfRealFilesTest). Evenly spaced lines are one paragraph however far
     * apart they are.
     */
    @Test
    void doubleSpacedWrappedLinesAreOneParagraph() throws Exception {
        Grid grid = read(pdf("double-spaced.pdf", Rule.STROKE, cellWithLines(new float[] {95, 120, 145, 170},
                "Double spaced text that wraps inside", "its cell at twice the usual line pitch", "and runs on for a few lines",
                "to its end")));

        assertEquals(List.of(row(cell("Double spaced text that wraps inside\nits cell at twice the usual line pitch"
                + "\nand runs on for a few lines\nto its end", 0, 1, 1))), describe(grid.pages().get(0)));
    }

    @Test
    void whiteLinesInsideACellDoNotSplitIt() throws Exception {
        Drawing white = canvas -> {
            PDPageContentStream s = canvas.stream();
            s.setStrokingColor(1f, 1f, 1f);
            s.setNonStrokingColor(1f, 1f, 1f);
            // a white rule down the middle of the merged cell and one across the tall cell
            canvas.line(100, 80, 100, 110).line(250, 155, 350, 155);
            // a white thin rectangle filled down the middle of "Basic", whatever the rule
            s.addRect(199.75f, HEIGHT - 140, 0.5f, 30);
            s.fill();
            s.setStrokingColor(0f, 0f, 0f);
            s.setNonStrokingColor(0f, 0f, 0f);
        };

        assertEquals(TABLE, describe(read(pdf("white-stroke.pdf", Rule.STROKE, table(white))).pages().get(0)));
        assertEquals(TABLE, describe(read(pdf("white-fill.pdf", Rule.FILL, table(white))).pages().get(0)));
    }

    @Test
    void blackLineInsideACellDoesSplitIt() throws Exception {
        // the control for the white lines: the same rule in black is a border, and its x becomes a
        // column boundary of the whole table, so the cells beside it in the other rows span two columns
        Grid grid = read(pdf("black.pdf", Rule.STROKE, table(canvas -> canvas.line(100, 80, 100, 110))));

        assertEquals(List.of(
                row(cell("Project", 0, 1, 1), cell("", 1, 1, 2), cell("Amount", 3, 1, 1)),
                row(cell("Salaries", 0, 1, 2), cell("Basic", 2, 1, 1), cell("120.50", 3, 2, 1)),
                row(cell("Travel", 0, 1, 2), cell("Project", 2, 1, 1))),
                describe(grid.pages().get(0)).subList(3, 6));
    }

    @Test
    void doubleBordersAreOneBorder() throws Exception {
        // Excel's double line: two rules 2 pt apart around the table and under the header
        Grid grid = read(pdf("double.pdf", Rule.STROKE, table(canvas -> canvas.line(48, 78, 352, 78)
                .line(48, 172, 352, 172).line(48, 78, 48, 172).line(352, 78, 352, 172).line(50, 112, 350, 112))));

        assertEquals(TABLE, describe(grid.pages().get(0)));
    }

    @Test
    void tablesAndTextLinesComeTopToBottom() throws Exception {
        Grid grid = read(pdf("two-tables.pdf", Rule.STROKE, canvas -> {
            // the lower table is drawn first
            canvas.line(50, 200, 350, 200).line(50, 230, 350, 230).line(50, 200, 50, 230).line(200, 200, 200, 230)
                    .line(350, 200, 350, 230);
            canvas.text(55, 220, "Lower left").text(205, 220, "Lower right");
            canvas.text(50, 60, "Table 1");
            canvas.line(50, 80, 350, 80).line(50, 110, 350, 110).line(50, 80, 50, 110).line(350, 80, 350, 110);
            canvas.text(55, 100, "Upper");
            canvas.text(50, 180, "Table 2");
        }));

        assertEquals(List.of(
                text("Table 1"),
                row(cell("Upper", 0, 1, 1)),
                text("Table 2"),
                row(cell("Lower left", 0, 1, 1), cell("Lower right", 1, 1, 1))),
                describe(grid.pages().get(0)));
        assertEquals(2, grid.pages().get(0).tables().size());
    }

    @Test
    void pageFrameAroundATableIsNoTableOfItsOwn() throws Exception {
        // a page border (Word's page borders, a frame drawn around a form) that touches no ruling of
        // the table inside it must not swallow the page's text into one cell
        Grid grid = read(pdf("frame.pdf", Rule.STROKE, table(canvas -> canvas.line(20, 20, 380, 20).line(20, 280, 380, 280)
                .line(20, 20, 20, 280).line(380, 20, 380, 280))));

        List<String> blocks = describe(grid.pages().get(0));
        // left open: whether the frame stays a one-cell table holding the text around the inner table
        assertEquals(TABLE.subList(3, 6), blocks.stream().filter(b -> b.startsWith("row") && !b.contains("Budget")).toList(),
                String.join("\n", blocks));
    }

    @ParameterizedTest
    @ValueSource(ints = {90, 180, 270})
    void rotatedPageGivesTheSameCellsAsTheUnrotatedOne(int rotation) throws Exception {
        Grid upright = read(pdf("upright.pdf", Rule.STROKE, table(canvas -> { })));
        Grid turned = read(pdf("rotated-" + rotation + ".pdf", rotation, Rule.STROKE, table(canvas -> { })));

        assertEquals(TABLE, describe(turned.pages().get(0)));
        // the same boxes: display coordinates do not depend on how the page is stored
        assertEquals(sources(upright), sources(turned));
    }

    @ParameterizedTest
    @ValueSource(ints = {90, 180, 270})
    void rotatedPageWithFilledBordersGivesTheSameCells(int rotation) throws Exception {
        Grid turned = read(pdf("rotated-fill-" + rotation + ".pdf", rotation, Rule.FILL, table(canvas -> { })));

        assertEquals(TABLE, describe(turned.pages().get(0)));
    }

    private static List<String> sources(Grid grid) {
        List<String> sources = new ArrayList<>();
        for (Block block : grid.pages().get(0).blocks()) {
            if (block instanceof Row row) {
                row.cells().forEach(cell -> sources.add(cell.source()));
            }
        }
        return sources;
    }

    // ---- no rulings -----------------------------------------------------------------------------

    @Test
    void textInColumnsWithoutRulingsBecomesRowsAndSaysSo() throws Exception {
        Grid grid = read(pdf("columns.pdf", Rule.STROKE, canvas -> {
            canvas.text(50, 40, "Summary of funds")
                    .text(50, 70, "Item").text(250, 70, "Amount")
                    .text(50, 85, "Salaries").text(250, 85, "120.50")
                    .text(50, 100, "Travel costs").text(250, 100, "30.00");
        }));

        assertEquals(List.of(
                text("Summary of funds"),
                row(cell("Item", 0, 1, 1), cell("Amount", 1, 1, 1)),
                row(cell("Salaries", 0, 1, 1), cell("120.50", 1, 1, 1)),
                row(cell("Travel costs", 0, 1, 1), cell("30.00", 1, 1, 1))),
                describe(grid.pages().get(0)));
        assertEquals(1, grid.notices().size());
        Notice notice = grid.notices().get(0);
        assertEquals("table_inferred", notice.code());
        assertEquals(1, notice.page());
    }

    @Test
    void plainTextWithoutRulingsStaysTextLines() throws Exception {
        Grid grid = read(pdf("prose.pdf", Rule.STROKE, canvas -> {
            canvas.text(50, 40, "Summary").text(50, 70, "One line of prose.").text(50, 85, "Another line.");
        }));

        assertEquals(List.of(text("Summary"), text("One line of prose."), text("Another line.")),
                describe(grid.pages().get(0)));
        assertEquals(List.of(), grid.notices());
    }

    /**
     * Prose set justified: one line of a paragraph, holding a long number, is stretched with wide gaps
     * between its words. One wide gap in one line is no column structure (js-1f18e040.pdf page 24,
     * js-701c1ad6.pdf page 19: see PdfRealFilesTest).
     */
    @Test
    void oneJustifiedLineOfProseIsNoTable() throws Exception {
        Grid grid = read(pdf("justified.pdf", Rule.STROKE, canvas -> {
            canvas.text(50, 40, "Part two: the budget explained")
                    .text(50, 70, "The budget of this department for the coming")
                    .text(50, 85, "year rises on the year before by a little, for")
                    .text(50, 100, "(2) Spending in total").text(200, 100, "21,955.35 in all, of which:")
                    .text(50, 115, "salaries take the largest part, as before, and")
                    .text(50, 130, "the rest goes to running costs and projects.");
        }));

        assertTrue(grid.pages().get(0).blocks().stream().allMatch(b -> b instanceof TextLine),
                String.join("\n", describe(grid.pages().get(0))));
        assertEquals(List.of(), grid.notices());
    }

    // ---- tables without full rulings ----------------------------------------------------------

    /** The notices of a grid as "code page". */
    private static List<String> notices(Grid grid) {
        return grid.notices().stream().map(n -> n.code() + " " + n.page()).toList();
    }

    /** A 三线表: a rule above the header, one under it and one under the last row; no verticals. */
    @Test
    void aTableRuledOnlyAcrossIsReadFromItsColumns() throws Exception {
        Grid grid = read(pdf("three-line.pdf", Rule.STROKE, canvas -> {
            canvas.text(50, 40, "Indicators");
            canvas.line(50, 50, 350, 50).line(50, 67, 350, 67).line(50, 131, 350, 131);
            canvas.text(55, 62, "Level").text(155, 62, "Indicator").text(255, 62, "Target")
                    .text(55, 80, "Output").text(155, 80, "Trainees").text(255, 80, ">= 100")
                    .text(55, 95, "Output").text(155, 95, "Courses").text(255, 95, "12")
                    .text(55, 110, "Effect").text(155, 110, "Satisfaction of").text(255, 110, ">= 90%")
                    .text(155, 121, "the trainees");
            canvas.text(50, 150, "Source: the plan");
        }));

        assertEquals(List.of(
                text("Indicators"),
                row(cell("Level", 0, 1, 1), cell("Indicator", 1, 1, 1), cell("Target", 2, 1, 1)),
                row(cell("Output", 0, 1, 1), cell("Trainees", 1, 1, 1), cell(">= 100", 2, 1, 1)),
                row(cell("Output", 0, 1, 1), cell("Courses", 1, 1, 1), cell("12", 2, 1, 1)),
                row(cell("Effect", 0, 1, 1), cell("Satisfaction of\nthe trainees", 1, 1, 1), cell(">= 90%", 2, 1, 1)),
                text("Source: the plan")),
                describe(grid.pages().get(0)));
        assertEquals(List.of("table_inferred 1"), notices(grid));
    }

    /**
     * No line at all: columns from the header and the rows aligned under it, a wrapped indicator
     * joined by its line pitch, a category printed once beside its two rows spanning them.
     */
    @Test
    void aTableWithoutAnyLineIsReadFromItsAlignment() throws Exception {
        Grid grid = read(pdf("no-lines.pdf", Rule.STROKE, canvas -> {
            canvas.text(50, 40, "Indicators");
            canvas.text(55, 62, "Level").text(155, 62, "Indicator").text(255, 62, "Target")
                    .text(155, 80, "Trainees").text(255, 80, ">= 100")
                    .text(55, 89, "Output")
                    .text(155, 98, "Courses").text(255, 98, "12")
                    .text(55, 116, "Effect").text(155, 116, "Satisfaction of").text(255, 116, ">= 90%")
                    .text(155, 127, "the trainees");
            canvas.text(50, 160, "Source: the plan");
        }));

        assertEquals(List.of(
                text("Indicators"),
                row(cell("Level", 0, 1, 1), cell("Indicator", 1, 1, 1), cell("Target", 2, 1, 1)),
                row(cell("Output", 0, 2, 1), cell("Trainees", 1, 1, 1), cell(">= 100", 2, 1, 1)),
                row(cell("Courses", 1, 1, 1), cell("12", 2, 1, 1)),
                row(cell("Effect", 0, 1, 1), cell("Satisfaction of\nthe trainees", 1, 1, 1), cell(">= 90%", 2, 1, 1)),
                text("Source: the plan")),
                describe(grid.pages().get(0)));
        assertEquals(List.of("table_inferred 1"), notices(grid));
    }

    /**
     * Numbers set flush right, as a spreadsheet prints them, under headers printed once: where the
     * numbers of several lines end at two places, the header between starts the second column, and
     * a header line over lines in columns starts a column with each of its pieces.
     */
    @Test
    void numbersSetFlushRightUnderTheirHeadersStartTheirColumns() throws Exception {
        PDFont font = helvetica();
        Grid grid = read(pdf("flush-right.pdf", Rule.STROKE, canvas -> {
            canvas.text(50, 60, "Item").text(150, 60, "Kind").text(250, 60, "Amount").text(330, 60, "Share");
            String[][] rows = {{"Salaries", "staff", "120.50", "80%"}, {"Travel", "trips", "30.00", "20%"},
                {"Rent", "office", "12.00", "8%"}};
            for (int r = 0; r < rows.length; r++) {
                float baseline = 75 + 15 * r;
                canvas.text(50, baseline, rows[r][0]).text(150, baseline, rows[r][1])
                        .text(290 - width(font, rows[r][2]), baseline, rows[r][2])
                        .text(370 - width(font, rows[r][3]), baseline, rows[r][3]);
            }
        }));

        assertEquals(List.of(
                row(cell("Item", 0, 1, 1), cell("Kind", 1, 1, 1), cell("Amount", 2, 1, 1), cell("Share", 3, 1, 1)),
                row(cell("Salaries", 0, 1, 1), cell("staff", 1, 1, 1), cell("120.50", 2, 1, 1), cell("80%", 3, 1, 1)),
                row(cell("Travel", 0, 1, 1), cell("trips", 1, 1, 1), cell("30.00", 2, 1, 1), cell("20%", 3, 1, 1)),
                row(cell("Rent", 0, 1, 1), cell("office", 1, 1, 1), cell("12.00", 2, 1, 1), cell("8%", 3, 1, 1))),
                describe(grid.pages().get(0)));
    }

    /**
     * A number set flush right beside an empty column of numbers (a total merged across 当年 and 上年
     * columns prints where the right one ends): which column it is in cannot be told, so the table
     * stays text lines.
     */
    @Test
    void aNumberBesideAnEmptyColumnOfNumbersKeepsTheTableAsText() throws Exception {
        PDFont font = helvetica();
        Grid grid = read(pdf("merged-number.pdf", Rule.STROKE, canvas -> {
            canvas.text(50, 60, "Item").text(130, 60, "Kind").text(230, 60, "Amount").text(310, 60, "Share");
            String[][] rows = {{"Salaries", "staff", "120.50", "80%"}, {"Grants", "aid", "", "0"}, {"Travel", "trips", "30.00", "20%"}};
            for (int r = 0; r < rows.length; r++) {
                float baseline = 75 + 15 * r;
                canvas.text(50, baseline, rows[r][0]).text(130, baseline, rows[r][1])
                        .text(380 - width(font, rows[r][3]), baseline, rows[r][3]);
                if (!rows[r][2].isEmpty()) {
                    canvas.text(295 - width(font, rows[r][2]), baseline, rows[r][2]);
                }
            }
        }));

        assertTrue(describe(grid.pages().get(0)).stream().allMatch(block -> block.startsWith("text")));
        assertEquals(List.of("table_refused 1"), notices(grid));
    }

    private static float width(PDFont font, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * 10;
    }

    /**
     * A table without lines whose last row runs over the page end: the rest of its cell, at the top
     * of the next page, is a row of the table in the same columns, and the next line, with text in
     * another column, starts the next row.
     */
    @Test
    void aTableWithoutLinesGoesOnOverThePageEnd() throws Exception {
        Grid grid = read(pdf("runs-on.pdf", canvas -> {
            canvas.text(50, 60, "Item").text(150, 60, "Note").text(250, 60, "Amount")
                    .text(50, 75, "Salaries").text(150, 75, "staff").text(250, 75, "120.50")
                    .text(50, 90, "Travel").text(150, 90, "trips to the").text(250, 90, "30.00")
                    .text(150, 105, "plants and");
        }, canvas -> {
            canvas.text(150, 30, "the offices")
                    .text(50, 45, "Rent").text(150, 45, "office").text(250, 45, "12.00");
        }));

        assertEquals(List.of(
                "row p2 " + describe(new Cell("", 0, 1, 1, 2, "")) + " | " + describe(new Cell("the offices", 1, 1, 1, 2, ""))
                        + " | " + describe(new Cell("", 2, 1, 1, 2, "")),
                "row p2 " + describe(new Cell("Rent", 0, 1, 1, 2, "")) + " | " + describe(new Cell("office", 1, 1, 1, 2, ""))
                        + " | " + describe(new Cell("12.00", 2, 1, 1, 2, ""))),
                describe(grid.pages().get(1)));
        assertEquals(List.of("table_inferred 1", "table_inferred 2"), notices(grid));
    }

    /**
     * The rest of a row cut by the page end opens the next page, whose table has a column more: its
     * piece starts where the cut cell's column started, so it is that row's rest in that column, and
     * the next line, with text in another column, starts the next row.
     */
    @Test
    void theRestOfACutRowKeepsItsColumnWhereTheNextPageAddsOne() throws Exception {
        Grid grid = read(pdf("rest-more-columns.pdf", canvas -> {
            canvas.text(50, 60, "Task").text(150, 60, "Content").text(250, 60, "Amount")
                    .text(50, 75, "Build").text(150, 75, "roads").text(250, 75, "12.00")
                    .text(50, 90, "Study").text(150, 90, "the plans of").text(250, 90, "61.50");
        }, canvas -> {
            canvas.text(150, 30, "the year")
                    .text(50, 45, "Level").text(150, 45, "Kind").text(250, 45, "Indicator").text(330, 45, "Target")
                    .text(50, 60, "Output").text(150, 60, "Count").text(250, 60, "Trainees").text(330, 60, "100")
                    .text(50, 75, "Effect").text(150, 75, "Social").text(250, 75, "Reach").text(330, 75, "90%");
        }));

        List<String> second = describe(grid.pages().get(1));
        assertEquals("row p2 " + describe(new Cell("", 0, 1, 1, 2, "")) + " | " + describe(new Cell("the year", 1, 1, 1, 2, ""))
                + " | " + describe(new Cell("", 2, 1, 1, 2, "")) + " | " + describe(new Cell("", 3, 1, 1, 2, "")), second.get(0));
        assertEquals("row p2 " + describe(new Cell("Level", 0, 1, 1, 2, "")) + " | " + describe(new Cell("Kind", 1, 1, 1, 2, ""))
                + " | " + describe(new Cell("Indicator", 2, 1, 1, 2, "")) + " | " + describe(new Cell("Target", 3, 1, 1, 2, "")),
                second.get(1));
    }

    /**
     * The rest of a cut row whose column has another number on the next page (a column is added left
     * of it there) cannot be joined to its row: the next page's table stays text lines, said so.
     */
    @Test
    void theRestOfACutRowInColumnsOfAnotherNumberStaysText() throws Exception {
        Grid grid = read(pdf("rest-other-columns.pdf", canvas -> {
            canvas.text(50, 60, "Task").text(150, 60, "Content").text(250, 60, "Amount")
                    .text(50, 75, "Build").text(150, 75, "roads").text(250, 75, "12.00")
                    .text(50, 90, "Study").text(150, 90, "the plans of").text(250, 90, "61.50");
        }, canvas -> {
            canvas.text(150, 30, "the year")
                    .text(50, 45, "Level").text(100, 45, "Kind").text(150, 45, "Indicator").text(250, 45, "Target")
                    .text(50, 60, "Output").text(100, 60, "Count").text(150, 60, "Trainees").text(250, 60, "100")
                    .text(50, 75, "Effect").text(100, 75, "Social").text(150, 75, "Reach").text(250, 75, "90%");
        }));

        assertTrue(describe(grid.pages().get(1)).stream().allMatch(block -> block.startsWith("text")));
        assertEquals(List.of("table_inferred 1", "table_refused 2", "row_refused 1"), notices(grid));
    }

    /**
     * A table in doubt that runs to its page end, and a table opening the next page under no title:
     * that may be the same table run on, its head rows back on the page before, so it stays text too.
     */
    @Test
    void aTableRunOnFromATableInDoubtStaysText() throws Exception {
        Grid grid = read(pdf("doubt-runs-on.pdf", canvas -> {
            canvas.text(50, 60, "Item").text(200, 60, "Amount")
                    .text(50, 75, "Rent").text(200, 75, "46").text(260, 75, "46")
                    .text(50, 90, "Fees").text(200, 90, "18").text(260, 90, "18")
                    .text(50, 105, "Staff").text(200, 105, "10").text(260, 105, "10");
        }, canvas -> {
            canvas.text(50, 30, "Food").text(200, 30, "Meals").text(300, 30, "12")
                    .text(50, 45, "Books").text(200, 45, "Library").text(300, 45, "30")
                    .text(50, 60, "Fuel").text(200, 60, "Cars").text(300, 60, "8");
        }));

        assertTrue(describe(grid.pages().get(1)).stream().allMatch(block -> block.startsWith("text")));
        assertEquals(List.of("table_refused 1", "table_refused 2"), notices(grid));
    }

    /**
     * A row cut by the page end whose rest opens the next page in a table in doubt: the row cannot be
     * read whole, so it stays text lines (each cell's lines in turn), and the rows above it stay rows.
     */
    @Test
    void aCutRowWhoseRestCannotBeReadStaysText() throws Exception {
        Grid grid = read(pdf("cut-row-lost.pdf", canvas -> {
            canvas.text(50, 60, "Item").text(150, 60, "Note").text(250, 60, "Amount")
                    .text(50, 75, "Salaries").text(150, 75, "staff").text(250, 75, "120.50")
                    .text(50, 90, "Travel").text(150, 90, "trips to the").text(250, 90, "30.00")
                    .text(150, 105, "plants and");
        }, canvas -> {
            canvas.text(150, 30, "the offices")
                    .text(50, 45, "Rent").text(150, 45, "office").text(250, 45, "12.00").text(300, 45, "12.00")
                    .text(50, 60, "Fuel").text(150, 60, "cars").text(250, 60, "18.00").text(300, 60, "18.00")
                    .text(50, 75, "Food").text(150, 75, "meals").text(250, 75, "15.00").text(300, 75, "15.00");
        }));

        assertEquals(List.of(
                row(cell("Item", 0, 1, 1), cell("Note", 1, 1, 1), cell("Amount", 2, 1, 1)),
                row(cell("Salaries", 0, 1, 1), cell("staff", 1, 1, 1), cell("120.50", 2, 1, 1)),
                text("Travel"), text("trips to the"), text("plants and"), text("30.00")),
                describe(grid.pages().get(0)));
        assertEquals(List.of("table_inferred 1", "table_refused 2", "row_refused 1"), notices(grid));
    }

    /** A two-page PDF, one drawing per page. */
    private Path pdf(String name, Drawing first, Drawing second) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument document = new PDDocument()) {
            for (Drawing drawing : List.of(first, second)) {
                PDPage page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
                document.addPage(page);
                try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                    drawing.draw(new Canvas(stream, Rule.STROKE, helvetica()));
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    /**
     * A ruled table running on to a second page whose printer drew no rule above its first row there
     * (Chromium's print): the row is still a row of the table, not loose text.
     */
    @Test
    void aTableGoingOnToAPageWithoutItsTopRuleKeepsThatRow() throws Exception {
        Grid grid = read(pdf("continued.pdf", canvas -> {
            canvas.text(50, 40, "Indicators");
            canvas.line(50, 250, 350, 250).line(50, 275, 350, 275)
                    .line(50, 250, 50, 275).line(150, 250, 150, 275).line(250, 250, 250, 275).line(350, 250, 350, 275);
            canvas.text(55, 266, "Output").text(155, 266, "Trainees").text(255, 266, ">= 100");
        }, canvas -> {
            canvas.line(50, 45, 350, 45).line(50, 70, 350, 70)
                    .line(50, 20, 50, 70).line(150, 20, 150, 70).line(250, 20, 250, 70).line(350, 20, 350, 70);
            canvas.text(55, 36, "Output").text(155, 36, "Courses").text(255, 36, "12")
                    .text(55, 61, "Effect").text(155, 61, "Satisfaction").text(255, 61, ">= 90%");
        }));

        assertEquals(List.of(
                "row p2 " + describe(new Cell("Output", 0, 1, 1, 2, "")) + " | " + describe(new Cell("Courses", 1, 1, 1, 2, ""))
                        + " | " + describe(new Cell("12", 2, 1, 1, 2, "")),
                "row p2 " + describe(new Cell("Effect", 0, 1, 1, 2, "")) + " | " + describe(new Cell("Satisfaction", 1, 1, 1, 2, ""))
                        + " | " + describe(new Cell(">= 90%", 2, 1, 1, 2, ""))),
                describe(grid.pages().get(1)));
    }

    /**
     * A table whose head rows split a column (Name | Demo over Output) runs on to the next page, where
     * no row splits it: the rows there keep the column numbers of the rows above the break, so a cell
     * under 二级 on page 1 is under 二级 on page 2 too.
     */
    @Test
    void aTableRunOnToTheNextPageKeepsItsColumnNumbers() throws Exception {
        Grid grid = read(pdf("run-on.pdf", canvas -> {
            canvas.line(50, 200, 350, 200).line(50, 225, 350, 225).line(50, 250, 350, 250)
                    .line(50, 200, 50, 250).line(100, 200, 100, 225).line(150, 200, 150, 250)
                    .line(250, 200, 250, 250).line(350, 200, 350, 250);
            canvas.text(55, 216, "Name").text(105, 216, "Demo").text(155, 216, "Code").text(255, 216, "7");
            canvas.text(55, 241, "Output").text(155, 241, "Count").text(255, 241, "12");
        }, canvas -> {
            canvas.line(50, 20, 350, 20).line(50, 45, 350, 45)
                    .line(50, 20, 50, 45).line(150, 20, 150, 45).line(250, 20, 250, 45).line(350, 20, 350, 45);
            canvas.text(55, 36, "Effect").text(155, 36, "Satisfaction").text(255, 36, ">= 90%");
        }));

        assertEquals(List.of("row p1 " + cell("Output", 0, 1, 2) + " | " + cell("Count", 2, 1, 1) + " | " + cell("12", 3, 1, 1)),
                describe(grid.pages().get(0)).subList(1, 2));
        assertEquals(List.of("row p2 " + describe(new Cell("Effect", 0, 1, 2, 2, "")) + " | "
                        + describe(new Cell("Satisfaction", 2, 1, 1, 2, "")) + " | " + describe(new Cell(">= 90%", 3, 1, 1, 2, ""))),
                describe(grid.pages().get(1)));
    }

    /** A new table under a title on the next page is numbered by its own columns, whatever the table before. */
    @Test
    void aTableUnderATitleOnTheNextPageIsANewTable() throws Exception {
        Grid grid = read(pdf("new-table.pdf", canvas -> {
            canvas.line(50, 200, 350, 200).line(50, 225, 350, 225)
                    .line(50, 200, 50, 225).line(100, 200, 100, 225).line(150, 200, 150, 225).line(350, 200, 350, 225);
            canvas.text(55, 216, "Name").text(105, 216, "Demo").text(155, 216, "Code");
        }, canvas -> {
            canvas.text(50, 15, "Second form");
            canvas.line(50, 20, 350, 20).line(50, 45, 350, 45)
                    .line(50, 20, 50, 45).line(150, 20, 150, 45).line(350, 20, 350, 45);
            canvas.text(55, 36, "Project").text(155, 36, "Roads");
        }));

        assertEquals(List.of("text p2 Second form", "row p2 " + describe(new Cell("Project", 0, 1, 1, 2, "")) + " | "
                        + describe(new Cell("Roads", 1, 1, 1, 2, ""))),
                describe(grid.pages().get(1)));
    }

    /**
     * A title or unit line set close over a table (Calc prints a sheet's title row right on the table's
     * top border) is a text line, not part of the first row's cells.
     */
    @Test
    void aLineSetCloseOverATableIsNoPartOfItsFirstRow() throws Exception {
        Grid grid = read(pdf("close.pdf", Rule.STROKE, canvas -> {
            canvas.text(50, 80, "Unit: 10k yuan");
            canvas.line(50, 80, 350, 80).line(50, 105, 350, 105)
                    .line(50, 80, 50, 105).line(150, 80, 150, 105).line(350, 80, 350, 105);
            canvas.text(55, 96, "Project").text(155, 96, "Roads");
        }));

        assertEquals(List.of(text("Unit: 10k yuan"), row(cell("Project", 0, 1, 1), cell("Roads", 1, 1, 1))),
                describe(grid.pages().get(0)));
    }

    /** Lines set in columns beside a ruled table are text, however they line up. */
    @Test
    void textBesideARuledTableStaysText() throws Exception {
        Grid grid = read(pdf("beside.pdf", Rule.STROKE, canvas -> {
            canvas.line(50, 50, 200, 50).line(50, 75, 200, 75).line(50, 100, 200, 100)
                    .line(50, 50, 50, 100).line(120, 50, 120, 100).line(200, 50, 200, 100);
            canvas.text(55, 66, "Item").text(125, 66, "Amount").text(55, 91, "Fees").text(125, 91, "10.00");
            canvas.text(220, 60, "Notes").text(300, 60, "see below")
                    .text(220, 75, "Fees are").text(300, 75, "paid")
                    .text(220, 90, "once a").text(300, 90, "year");
        }));

        List<String> blocks = describe(grid.pages().get(0));
        assertEquals(List.of(
                row(cell("Item", 0, 1, 1), cell("Amount", 1, 1, 1)),
                row(cell("Fees", 0, 1, 1), cell("10.00", 1, 1, 1))),
                blocks.stream().filter(b -> b.startsWith("row")).toList(), String.join("\n", blocks));
        assertEquals(6, blocks.stream().filter(b -> b.startsWith("text")).count(), String.join("\n", blocks));
        assertEquals(List.of(), grid.notices());
    }

    @Test
    void textOutsideThePageIsNotRead() throws Exception {
        // producers that print a sheet in slices (WPS) leave the rest of the sheet's text outside the
        // page, where no viewer shows it; see PdfRealFilesTest for js-ac3cc788.pdf page 11
        Grid grid = read(pdf("offpage.pdf", Rule.STROKE, canvas -> {
            canvas.text(50, 40, "Visible")
                    .text(50, 340, "Below the page")
                    .text(50, -30, "Above the page")
                    .text(450, 60, "Right of the page");
        }));

        assertEquals(List.of(text("Visible")), describe(grid.pages().get(0)));
    }

    @Test
    void textClippedAwayIsNotRead() throws Exception {
        // WPS draws a whole sheet on every page and clips it to the part the page shows; see
        // PdfRealFilesTest for sh-dept-budget-2026.pdf pages 4 and 5
        Grid grid = read(pdf("clipped.pdf", Rule.STROKE, canvas -> {
            PDPageContentStream s = canvas.stream();
            s.saveGraphicsState();
            s.addRect(0, HEIGHT - 150, WIDTH, 150); // display y 0 to 150
            s.clip();
            canvas.text(50, 40, "Shown").text(50, 200, "Clipped away");
            s.restoreGraphicsState();
            canvas.text(50, 250, "After the clip");
        }));

        assertEquals(List.of(text("Shown"), text("After the clip")), describe(grid.pages().get(0)));
    }

    @Test
    void textTurnedUpInACellStaysInItsCell() throws Exception {
        // Excel's vertical header cells (text orientation 90°): glyphs run bottom to top
        Grid grid = read(pdf("vertical.pdf", Rule.STROKE, canvas -> {
            canvas.line(50, 80, 350, 80).line(50, 200, 350, 200).line(50, 80, 50, 200).line(100, 80, 100, 200)
                    .line(350, 80, 350, 200);
            PDPageContentStream s = canvas.stream();
            s.beginText();
            s.setFont(helvetica(), 10);
            s.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, 80, HEIGHT - 180));
            s.showText("Vertical");
            s.endText();
            canvas.text(105, 140, "Flat");
        }));

        assertEquals(List.of(row(cell("Vertical", 0, 1, 1), cell("Flat", 1, 1, 1))), describe(grid.pages().get(0)));
    }

    // ---- checkboxes -----------------------------------------------------------------------------

    /**
     * Helvetica with a ToUnicode map sending A and B to the private-use code points that Wingdings
     * checkbox glyphs map to, C to U+FFFD and D to an unknown private-use code point.
     */
    private static PDFont symbolFont(PDDocument document) throws IOException {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        String cmap = """
                /CIDInit /ProcSet findresource begin
                12 dict begin
                begincmap
                /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
                /CMapName /Test-UCS def
                /CMapType 2 def
                1 begincodespacerange
                <00> <FF>
                endcodespacerange
                4 beginbfchar
                <41> <F0FE>
                <42> <F0A8>
                <43> <FFFD>
                <44> <F041>
                endbfchar
                endcmap
                CMapName currentdict /CMap defineresource pop
                end
                end
                """;
        PDStream toUnicode = new PDStream(document, new ByteArrayInputStream(cmap.getBytes(StandardCharsets.US_ASCII)));
        font.getCOSObject().setItem(COSName.TO_UNICODE, toUnicode);
        return font;
    }

    @Test
    void wingdingsCheckboxesBecomeBallotBoxes() throws Exception {
        Path file = dir.resolve("checkbox.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
            document.addPage(page);
            PDFont symbols = symbolFont(document);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                Canvas canvas = new Canvas(stream, Rule.STROKE, helvetica());
                canvas.line(50, 80, 350, 80).line(50, 110, 350, 110).line(50, 80, 50, 110).line(150, 80, 150, 110)
                        .line(350, 80, 350, 110);
                canvas.text(55, 100, "Met?");
                canvas.text(155, 100, "A", symbols).text(165, 100, "Yes");
                canvas.text(200, 100, "B", symbols).text(210, 100, "No");
                // no Unicode text at all, and a private-use glyph that is no checkbox
                canvas.text(250, 100, "C", symbols).text(265, 100, "D", symbols);
            }
            document.save(file.toFile());
        }

        Grid grid = read(file);

        assertEquals(List.of(row(cell("Met?", 0, 1, 1), cell("☑ Yes ☐ No", 1, 1, 1))), describe(grid.pages().get(0)));
        assertEquals(List.of("unmapped_glyphs"), grid.notices().stream().map(Notice::code).toList());
        assertTrue(grid.notices().get(0).message().startsWith("2 glyphs on page 1"), grid.notices().get(0).message());
    }

    @Test
    void checkboxMapping() {
        assertEquals("☑", PdfCheckboxes.map("\uF0FE"));
        assertEquals("☑", PdfCheckboxes.map("\uF052"));
        assertEquals("☐", PdfCheckboxes.map("\uF0A8"));
        assertEquals("☐", PdfCheckboxes.map("\uF06F"));
        assertNull(PdfCheckboxes.map("\uFFFD"));
        assertNull(PdfCheckboxes.map("a\uFFFD"));
        assertNull(PdfCheckboxes.map("\uF041"));
        assertNull(PdfCheckboxes.map(null));
        assertNull(PdfCheckboxes.map(""));
        assertEquals("A", PdfCheckboxes.map("A"));
        assertEquals("☑", PdfCheckboxes.map("☑"));
        assertEquals("预", PdfCheckboxes.map("预"));
        assertEquals("fi", PdfCheckboxes.map("fi"));
    }

    // ---- Chinese text ---------------------------------------------------------------------------

    /**
     * STSong-Light, not embedded, in the predefined UniGB-UCS2-H encoding, as many Chinese government
     * PDFs print: the codes are UTF-16 and every glyph is 1000 units wide. (PDFBox embeds no CJK font
     * from the machine's Noto CJK collection: its fonts have CFF outlines, which PDFBox can neither
     * subset nor embed whole from a collection, so this content stream is written by hand.)
     */
    private static COSDictionary songLight() {
        COSDictionary info = new COSDictionary();
        info.setString(COSName.REGISTRY, "Adobe");
        info.setString(COSName.ORDERING, "GB1");
        info.setInt(COSName.SUPPLEMENT, 2);
        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setName(COSName.FONT_NAME, "STSong-Light");
        descriptor.setInt(COSName.FLAGS, 6);
        descriptor.setItem(COSName.FONT_BBOX, new PDRectangle(-25, -254, 1025, 1134).getCOSArray());
        descriptor.setInt(COSName.ITALIC_ANGLE, 0);
        descriptor.setInt(COSName.ASCENT, 880);
        descriptor.setInt(COSName.DESCENT, -120);
        descriptor.setInt(COSName.CAP_HEIGHT, 880);
        descriptor.setInt(COSName.STEM_V, 93);
        COSDictionary cid = new COSDictionary();
        cid.setItem(COSName.TYPE, COSName.FONT);
        cid.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE0);
        cid.setName(COSName.BASE_FONT, "STSong-Light");
        cid.setItem(COSName.CIDSYSTEMINFO, info);
        cid.setItem(COSName.FONT_DESC, descriptor);
        cid.setInt(COSName.DW, 1000);
        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE0);
        font.setName(COSName.BASE_FONT, "STSong-Light-UniGB-UCS2-H");
        font.setName(COSName.ENCODING, "UniGB-UCS2-H");
        font.setItem(COSName.DESCENDANT_FONTS, new COSArray(List.of(cid)));
        return font;
    }

    /** Content-stream operators showing text at a display position in the font /FC, 12 pt. */
    private static String cjk(float x, float baseline, String text) {
        StringBuilder hex = new StringBuilder();
        text.chars().forEach(c -> hex.append(String.format("%04X", c)));
        return String.format("BT /FC 12 Tf 1 0 0 1 %.2f %.2f Tm <%s> Tj ET%n", x, HEIGHT - baseline, hex);
    }

    private static String rule(float x1, float y1, float x2, float y2) {
        return String.format("%.2f %.2f m %.2f %.2f l S%n", x1, HEIGHT - y1, x2, HEIGHT - y2);
    }

    /** A PDF of Chinese text, a page for each content stream written with {@link #cjk}. */
    private Path cjkPdf(String name, String... contents) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument document = new PDDocument()) {
            for (String content : contents) {
                PDPage page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
                COSDictionary fonts = new COSDictionary();
                fonts.setItem(COSName.getPDFName("FC"), songLight());
                COSDictionary resources = new COSDictionary();
                resources.setItem(COSName.FONT, fonts);
                page.setResources(new PDResources(resources));
                page.setContents(new PDStream(document, new ByteArrayInputStream(content.getBytes(StandardCharsets.US_ASCII))));
                document.addPage(page);
            }
            document.save(file.toFile());
        }
        return file;
    }

    /**
     * A table without lines whose rows are set without padding (LibreOffice Writer's): rows and the
     * lines wrapped in a cell are the same pitch apart. A line wraps when the next line's first
     * character would not have fitted at its end, so a cell line one character short of its column's
     * widest did not wrap, and the line under it starts a row.
     */
    @Test
    void rowsSetWithoutPaddingArePartedByWhatWouldHaveFitted() throws Exception {
        String content = cjk(50, 60, "一级指标") + cjk(150, 60, "三级指标") + cjk(250, 60, "指标值")
                + cjk(50, 74, "产出指标") + cjk(150, 74, "服务党员群众参观") + cjk(250, 74, "4800人次")
                + cjk(50, 88, "数量") + cjk(150, 88, "人数")
                + cjk(150, 102, "文章浏览次数") + cjk(250, 102, "54万次")
                + cjk(150, 116, "公众号粉丝数量") + cjk(250, 116, "15.8万人")
                + cjk(50, 130, "效益指标") + cjk(150, 130, "满意度") + cjk(250, 130, "较好");

        Grid grid = read(cjkPdf("unpadded.pdf", content));

        assertEquals(List.of(
                row(cell("一级指标", 0, 1, 1), cell("三级指标", 1, 1, 1), cell("指标值", 2, 1, 1)),
                row(cell("产出指标\n数量", 0, 3, 1), cell("服务党员群众参观\n人数", 1, 1, 1), cell("4800人次", 2, 1, 1)),
                row(cell("文章浏览次数", 1, 1, 1), cell("54万次", 2, 1, 1)),
                row(cell("公众号粉丝数量", 1, 1, 1), cell("15.8万人", 2, 1, 1)),
                row(cell("效益指标", 0, 1, 1), cell("满意度", 1, 1, 1), cell("较好", 2, 1, 1))),
                describe(grid.pages().get(0)));
        assertEquals(List.of("table_inferred 1"), notices(grid));
    }

    /**
     * Categories printed on rows of their own (生态效益指标, 可持续影响指标) between rows set with
     * padding, as Calc sets them: a lone line more than a wrap's pitch under another is a paragraph of
     * the same cell only when that line ends a sentence, so each category is a row.
     */
    @Test
    void categoriesOnRowsOfTheirOwnAreRowsWhereRowsArePadded() throws Exception {
        String content = cjk(50, 60, "一级指标") + cjk(200, 60, "三级指标") + cjk(320, 60, "指标值")
                + cjk(50, 78, "效益指标") + cjk(200, 78, "档案正常使用年") + cjk(320, 78, "≥10年")
                + cjk(200, 92, "限")
                + cjk(200, 110, "治安监控覆盖率") + cjk(320, 110, "100%")
                + cjk(50, 128, "生态效益指标")
                + cjk(50, 146, "可持续影响指标")
                + cjk(50, 164, "满意度指标") + cjk(200, 164, "用户满意度") + cjk(320, 164, "≥95%");

        Grid grid = read(cjkPdf("padded-categories.pdf", content));

        assertEquals(List.of(
                row(cell("一级指标", 0, 1, 1), cell("三级指标", 1, 1, 1), cell("指标值", 2, 1, 1)),
                row(cell("效益指标", 0, 2, 1), cell("档案正常使用年\n限", 1, 1, 1), cell("≥10年", 2, 1, 1)),
                row(cell("治安监控覆盖率", 1, 1, 1), cell("100%", 2, 1, 1)),
                row(cell("生态效益指标", 0, 1, 1), cell("", 1, 1, 1), cell("", 2, 1, 1)),
                row(cell("可持续影响指标", 0, 1, 1), cell("", 1, 1, 1), cell("", 2, 1, 1)),
                row(cell("满意度指标", 0, 1, 1), cell("用户满意度", 1, 1, 1), cell("≥95%", 2, 1, 1))),
                describe(grid.pages().get(0)));
    }

    /**
     * A category on a row of its own between rows set without padding, as Writer sets them: a line
     * a whole pitch under a row, beside none of its cells, starts a row (no cell ran on to it), and a
     * line with text beside a row of one line and one cell starts the next.
     */
    @Test
    void aCategoryOnARowOfItsOwnIsARowWhereRowsAreNotPadded() throws Exception {
        String content = cjk(50, 60, "一级指标") + cjk(200, 60, "三级指标") + cjk(320, 60, "指标值")
                + cjk(50, 74, "效益指标") + cjk(200, 74, "档案正常使用年") + cjk(320, 74, "≥10年")
                + cjk(200, 88, "限")
                + cjk(200, 102, "治安监控覆盖率") + cjk(320, 102, "100%")
                + cjk(50, 116, "生态效益指标")
                + cjk(50, 130, "满意度指标") + cjk(200, 130, "用户满意度") + cjk(320, 130, "≥95%");

        Grid grid = read(cjkPdf("unpadded-category.pdf", content));

        assertEquals(List.of(
                row(cell("一级指标", 0, 1, 1), cell("三级指标", 1, 1, 1), cell("指标值", 2, 1, 1)),
                row(cell("效益指标", 0, 2, 1), cell("档案正常使用年\n限", 1, 1, 1), cell("≥10年", 2, 1, 1)),
                row(cell("治安监控覆盖率", 1, 1, 1), cell("100%", 2, 1, 1)),
                row(cell("生态效益指标", 0, 1, 1), cell("", 1, 1, 1), cell("", 2, 1, 1)),
                row(cell("满意度指标", 0, 1, 1), cell("用户满意度", 1, 1, 1), cell("≥95%", 2, 1, 1))),
                describe(grid.pages().get(0)));
    }

    /**
     * A label filling its column (服务对象满意) with one character more under it beside the next row's
     * first line: the label wrapped in a cell spanning both rows, or the next row has a label of its
     * own; the page cannot tell, so the table is read with that cell marked as maybe the rest of the
     * one above, for the normalizer to settle by what the labels mean.
     */
    @Test
    void aLabelThatMayWrapBesideTheNextRowIsReadWithItsCellInDoubt() throws Exception {
        String content = cjk(50, 60, "一级指标") + cjk(130, 60, "二级指标") + cjk(230, 60, "三级指标") + cjk(330, 60, "指标值")
                + cjk(50, 74, "满意度指标") + cjk(130, 74, "服务对象满意") + cjk(230, 74, "参观满意率") + cjk(330, 74, "≥90%")
                + cjk(130, 88, "度") + cjk(230, 88, "招聘会满意度") + cjk(330, 88, "≥90%")
                + cjk(230, 102, "讲座满意度") + cjk(330, 102, "≥90%")
                + cjk(230, 116, "交流满意度") + cjk(330, 116, "≥90%");

        Grid grid = read(cjkPdf("label-wraps.pdf", content));

        List<Row> rows = grid.pages().get(0).tables().get(0).rows();
        assertEquals(List.of("table_inferred 1"), notices(grid));
        assertEquals("服务对象满意", rows.get(1).cellAt(1).text());
        assertFalse(rows.get(1).cellAt(1).mayContinueAbove());
        assertEquals("度", rows.get(2).cellAt(1).text());
        assertTrue(rows.get(2).cellAt(1).mayContinueAbove());
        assertEquals(1, rows.stream().flatMap(row -> row.cells().stream()).filter(Cell::mayContinueAbove).count());
    }

    /**
     * Two numbers on each line under one column start (two columns of numbers set flush right, the
     * second without a header of its own): a column was not found, so the table stays text lines.
     */
    @Test
    void twoPiecesOfALineInOneColumnKeepTheTableAsText() throws Exception {
        Grid grid = read(pdf("two-in-one.pdf", Rule.STROKE, canvas -> {
            canvas.text(50, 60, "Item").text(200, 60, "Amount")
                    .text(50, 75, "Rent").text(200, 75, "46").text(260, 75, "46")
                    .text(50, 90, "Fees").text(200, 90, "18").text(260, 90, "18")
                    .text(50, 105, "Staff").text(200, 105, "10").text(260, 105, "10");
        }));

        assertTrue(describe(grid.pages().get(0)).stream().allMatch(block -> block.startsWith("text")));
        assertEquals(List.of("table_refused 1"), notices(grid));
    }

    /**
     * Two rows set without padding whose names are equally wide read as one row with two lines in each
     * cell, but a target value (a comparison and a number) starts a cell, never a wrapped line: the
     * table is refused, its lines left as text, and a notice says so.
     */
    @Test
    void aTableWhoseCellHoldsTwoValuesIsLeftAsText() throws Exception {
        String content = cjk(50, 60, "三级指标") + cjk(200, 60, "指标值")
                + cjk(50, 74, "人均服务成本") + cjk(200, 74, "≤260元/每人次")
                + cjk(50, 88, "单位建设成本") + cjk(200, 88, "≤180元/平方米");

        Grid grid = read(cjkPdf("two-values.pdf", content));

        assertEquals(List.of(text("三级指标"), text("指标值"), text("人均服务成本"), text("≤260元/每人次"), text("单位建设成本"),
                text("≤180元/平方米")), describe(grid.pages().get(0)));
        assertEquals(List.of("table_refused 1"), notices(grid));
    }

    /**
     * A line set further below a table's last row than its lines wrap may be a paragraph of a cell or
     * the next form's title: with no way to tell, the table is refused and stays text.
     */
    @Test
    void aLineSetApartBelowTheLastRowLeavesTheTableAsText() throws Exception {
        String content = cjk(50, 60, "项目名称") + cjk(200, 60, "社区养老服务")
                + cjk(50, 74, "实施单位") + cjk(200, 74, "民政局")
                + cjk(50, 88, "主管部门") + cjk(200, 88, "市民政局")
                + cjk(50, 112, "附件2项目绩效目标表");

        Grid grid = read(cjkPdf("title-after.pdf", content));

        assertEquals(List.of(text("项目名称"), text("社区养老服务"), text("实施单位"), text("民政局"), text("主管部门"),
                text("市民政局"), text("附件2项目绩效目标表")), describe(grid.pages().get(0)));
        assertEquals(List.of("table_refused 1"), notices(grid));
    }

    /**
     * A table that ends its page may go on at the top of the next, but a line of one piece in a column
     * where the row cut by the page end has no text (the category label above it ended higher) is a
     * heading, not that row's rest: it stays text, and the table under it is read on its own.
     */
    @Test
    void aHeadingAtTheTopOfAPageIsNoRestOfTheTableBefore() throws Exception {
        String first = cjk(50, 54, "一级指标") + cjk(150, 54, "三级指标") + cjk(250, 54, "指标值")
                + cjk(50, 74, "产出指标") + cjk(150, 74, "培训人数") + cjk(250, 74, "≥100人")
                + cjk(150, 88, "课程数量") + cjk(250, 88, "12门");
        String second = cjk(50, 60, "附表2")
                + cjk(50, 74, "名称") + cjk(150, 74, "养老服务") + cjk(250, 74, "市民政局")
                + cjk(50, 88, "实施单位") + cjk(150, 88, "民政中心") + cjk(250, 88, "二〇")
                + cjk(50, 102, "主管部门") + cjk(150, 102, "民政局") + cjk(250, 102, "二〇二七");

        Grid grid = read(cjkPdf("heading-on-next-page.pdf", first, second));

        assertEquals(List.of("text p2 附表2",
                "row p2 [0 +1 x1 p2] 名称 | [1 +1 x1 p2] 养老服务 | [2 +1 x1 p2] 市民政局",
                "row p2 [0 +1 x1 p2] 实施单位 | [1 +1 x1 p2] 民政中心 | [2 +1 x1 p2] 二〇",
                "row p2 [0 +1 x1 p2] 主管部门 | [1 +1 x1 p2] 民政局 | [2 +1 x1 p2] 二〇二七"), describe(grid.pages().get(1)));
        assertEquals(List.of("table_inferred 1", "table_inferred 2"), notices(grid));
    }

    @Test
    void chineseForm() throws Exception {
        String content = "0.5 w\n"
                + cjk(140, 40, "收入预算总表")
                + cjk(50, 68, "部门：省委办公厅")
                + cjk(290, 68, "单位：万元")
                + rule(50, 80, 350, 80) + rule(50, 110, 350, 110) + rule(150, 140, 350, 140) + rule(50, 170, 350, 170)
                + rule(50, 80, 50, 170) + rule(150, 80, 150, 170) + rule(250, 80, 250, 170) + rule(350, 80, 350, 170)
                + cjk(55, 100, "项目名称") + cjk(155, 100, "小计") + cjk(255, 100, "金额")
                + cjk(55, 130, "一般公共") + cjk(55, 144, "预算资金")
                + cjk(155, 130, "小计") + cjk(255, 130, "664.22")
                + cjk(155, 160, "专项收入");
        Grid grid = read(cjkPdf("chinese.pdf", content));

        assertEquals(List.of(
                text("收入预算总表"),
                text("部门：省委办公厅"),
                text("单位：万元"),
                row(cell("项目名称", 0, 1, 1), cell("小计", 1, 1, 1), cell("金额", 2, 1, 1)),
                row(cell("一般公共\n预算资金", 0, 2, 1), cell("小计", 1, 1, 1), cell("664.22", 2, 1, 1)),
                row(cell("专项收入", 1, 1, 1), cell("", 2, 1, 1))),
                describe(grid.pages().get(0)));
        assertEquals(List.of(), grid.notices());
    }

    // ---- unreadable files -----------------------------------------------------------------------

    @Test
    void documentWithoutPagesIsNoFiling() throws Exception {
        // nothing to read is an error, as for a scan, not an empty success
        Path file = dir.resolve("no-pages.pdf");
        try (PDDocument document = new PDDocument()) {
            document.save(file.toFile());
        }

        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> read(file));

        assertTrue(List.of("no_text_layer", "corrupt_file").contains(e.code()), e.code());
    }

    @Test
    void pagesWithoutTextAreNoTextLayer() throws Exception {
        Path file = dir.resolve("scan.pdf");
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < 2; i++) {
                PDPage page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
                document.addPage(page);
                try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                    stream.setNonStrokingColor(0.5f, 0.5f, 0.5f);
                    stream.addRect(50, 50, 300, 200);
                    stream.fill();
                }
            }
            document.save(file.toFile());
        }

        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> read(file));

        assertEquals("no_text_layer", e.code());
        assertTrue(e.getMessage().contains("2 pages"), e.getMessage());
    }

    @Test
    void oneBlankPageAmongTextPagesIsAnEmptyPage() throws Exception {
        Path file = dir.resolve("blank-page.pdf");
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < 2; i++) {
                PDPage page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
                document.addPage(page);
                if (i == 1) {
                    try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                        new Canvas(stream, Rule.STROKE, helvetica()).text(50, 40, "Page two");
                    }
                }
            }
            document.save(file.toFile());
        }

        Grid grid = read(file);

        assertEquals(2, grid.pages().size());
        assertEquals(List.of(), grid.pages().get(0).blocks());
        assertEquals(List.of("text p2 Page two"), describe(grid.pages().get(1)));
    }

    private Path encrypted(String name, String owner, String user) throws IOException {
        Path plain = pdf("plain-" + name, Rule.STROKE, table(canvas -> { }));
        Path file = dir.resolve(name);
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(plain.toFile())) {
            AccessPermission permissions = new AccessPermission();
            permissions.setCanExtractContent(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy(owner, user, permissions);
            policy.setEncryptionKeyLength(256);
            document.protect(policy);
            document.save(file.toFile());
        }
        return file;
    }

    @Test
    void userPasswordIsEncrypted() throws Exception {
        Path file = encrypted("locked.pdf", "owner-secret", "user-secret");

        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> read(file));

        assertEquals("encrypted", e.code());
    }

    @Test
    void ownerPasswordOnlyIsReadLikeAViewerDoes() throws Exception {
        // no password is needed to open it, only to change it: viewers show it, so we read it
        Path file = encrypted("restricted.pdf", "owner-secret", "");

        assertEquals(TABLE, describe(read(file).pages().get(0)));
    }

    @Test
    void junkBeforeTheHeaderIsSkipped() throws Exception {
        // Readers picks the PDF reader for a header anywhere in the first kilobyte, as viewers do
        byte[] pdf = Files.readAllBytes(pdf("table.pdf", Rule.STROKE, table(canvas -> { })));
        byte[] junk = "X-Gateway: scanned\r\nContent-Type: application/pdf\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = Arrays.copyOf(junk, junk.length + pdf.length);
        System.arraycopy(pdf, 0, bytes, junk.length, pdf.length);
        Path file = dir.resolve("junk.pdf");
        Files.write(file, bytes);

        FilingReader reader = Readers.forFile(file);

        assertTrue(reader instanceof PdfReader, reader.getClass().getName());
        assertEquals(TABLE, describe(reader.read(file).pages().get(0)));
    }

    @Test
    void garbledContentStreamIsReadAsFarAsItGoes() throws Exception {
        // operators with operands of the wrong kind or number, an unknown font, unbalanced Q, a curve
        // where a line should be: what a viewer still shows is read, the rest skipped without an error
        String content = "BT /F1 10 Tf 50 260 Td (Before) Tj ET\n"
                + "(x) 50 m 100 (y) l S 50 re f 1 2 3 c Q Q Q ] >> 7 Tz\n"
                + "BT /F9 10 Tf 50 240 Td (Unknown font) Tj ET\n"
                + "50 200 m 60 210 70 190 80 200 c S\n"
                + "BT /F1 10 Tf 50 220 Td (After) Tj ET\n";
        Path file = dir.resolve("garbled.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("F1"), helvetica());
            page.setResources(resources);
            page.setContents(new PDStream(document, new ByteArrayInputStream(content.getBytes(StandardCharsets.US_ASCII))));
            document.addPage(page);
            document.save(file.toFile());
        }

        List<String> blocks = describe(read(file).pages().get(0));

        assertEquals(text("Before"), blocks.get(0));
        assertEquals(text("After"), blocks.get(blocks.size() - 1));
    }

    @Test
    void randomBytesAreCorrupt() throws Exception {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        Path file = dir.resolve("noise.pdf");
        Files.write(file, noise);

        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> read(file));

        assertEquals("corrupt_file", e.code());
    }

    @Test
    void pdfHeaderFollowedByNoiseIsCorrupt() throws Exception {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, noise, 0, header.length);
        Path file = dir.resolve("header-noise.pdf");
        Files.write(file, noise);

        assertTrue(Readers.forFile(file) instanceof PdfReader);
        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> read(file));

        assertEquals("corrupt_file", e.code());
    }

    @Test
    void headerOnlyIsCorrupt() throws Exception {
        Path file = dir.resolve("header.pdf");
        Files.writeString(file, "%PDF-1.4\n", StandardCharsets.US_ASCII);

        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> read(file));

        assertEquals("corrupt_file", e.code());
    }

    /**
     * A PDF cut short loses its cross-reference table and trailer; PDFBox's lenient parser rebuilds
     * them by scanning the objects, so a file cut after its page content is still read in full.
     */
    @Test
    void truncatedAfterTheContentIsRecovered() throws Exception {
        Path whole = pdf("whole.pdf", Rule.STROKE, table(canvas -> { }));
        byte[] bytes = Files.readAllBytes(whole);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int xref = text.lastIndexOf("xref");
        Path file = dir.resolve("cut.pdf");
        Files.write(file, Arrays.copyOf(bytes, xref));

        assertEquals(TABLE, describe(read(file).pages().get(0)));
    }

    /** Wherever a file is cut, the reader gives a grid or an UnreadableFileException, never anything else. */
    @Test
    void truncatedAnywhereIsAGridOrCorrupt() throws Exception {
        byte[] bytes = Files.readAllBytes(pdf("whole.pdf", Rule.STROKE, table(canvas -> { })));
        List<String> outcomes = new ArrayList<>();
        for (int cut = 16; cut < bytes.length; cut += Math.max(1, bytes.length / 40)) {
            Path file = dir.resolve("cut-" + cut + ".pdf");
            Files.write(file, Arrays.copyOf(bytes, cut));
            try {
                Grid grid = read(file);
                outcomes.add(cut + ": " + grid.pages().size() + " pages");
            } catch (UnreadableFileException e) {
                assertTrue(List.of("corrupt_file", "no_text_layer").contains(e.code()), cut + ": " + e.code());
                outcomes.add(cut + ": " + e.code());
            }
        }
        assertTrue(outcomes.stream().anyMatch(o -> o.endsWith("corrupt_file")), String.join("\n", outcomes));
    }
}
