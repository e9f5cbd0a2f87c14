package org.perftable.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class InspectCommandTest {

    private static final Path SAMPLES = Path.of("..", "samples").toAbsolutePath().normalize();

    private final CapturedRun printed = new CapturedRun();

    private int run(String... args) {
        return printed.run(args);
    }

    @Test
    void showsTheCellsOfOnePageWithTheirSpans() {
        assertEquals(0, run("inspect", SAMPLES.resolve("pdf/001.writer.pdf").toString(), "--page", "1"));
        String text = printed.out();
        assertTrue(text.startsWith("pdf, "), text);
        assertTrue(text.contains("== page 1\n"), text);
        assertTrue(text.contains("text  部门整体支出绩效目标表\n"), text);
        assertTrue(text.contains("row   [0] 填报人 [1] 黄文韬 [2] 联系电话 [3 +4] 02787205016\n"), text);
        assertTrue(text.contains("[1 x4] 收入构成"), text);
        assertTrue(!text.contains("== page 2"), text);
    }

    @Test
    void writesHtmlTablesWithRowAndColumnSpans() {
        assertEquals(0, run("inspect", SAMPLES.resolve("office/001.docx").toString(), "--format", "html"));
        String html = printed.out();
        assertTrue(html.startsWith("<!DOCTYPE html>"), html);
        assertTrue(html.contains("<td colspan=\"4\">02787205016</td>"), html);
        assertTrue(html.contains("rowspan=\"4\">收入构成</td>"), html);
    }

    @Test
    void drawsTheCellsOverTheRenderedPage(@org.junit.jupiter.api.io.TempDir Path pngs) throws Exception {
        assertEquals(0, run("inspect", SAMPLES.resolve("pdf/002.calc.pdf").toString(), "--page", "1",
                "--png", pngs.toString()));
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(pngs.resolve("002.calc.pdf-page-1.png").toFile());
        assertTrue(image.getWidth() > 1000, "rendered at 144 dpi: " + image.getWidth());
        assertEquals(2, run("inspect", SAMPLES.resolve("seeds/000.txt").toString(), "--png", pngs.toString()));
    }

    /** A table set without lines: its cells, inferred, are drawn in blue, not in the red of ruled cells. */
    @Test
    void drawsInferredCellsInAnotherColour(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("unruled.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            document.addPage(page);
            var font = new org.apache.pdfbox.pdmodel.font.PDType1Font(
                    org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
            try (var stream = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                String[][] rows = {{"Item", "Amount"}, {"Fees", "10.00"}, {"Rent", "25.00"}};
                for (int r = 0; r < rows.length; r++) {
                    for (int c = 0; c < 2; c++) {
                        stream.beginText();
                        stream.setFont(font, 10);
                        stream.newLineAtOffset(72 + 150 * c, 700 - 20 * r);
                        stream.showText(rows[r][c]);
                        stream.endText();
                    }
                }
            }
            document.save(pdf.toFile());
        }

        assertEquals(0, run("inspect", pdf.toString(), "--png", dir.toString()));

        assertTrue(printed.out().contains("table_inferred"), printed.out());
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(dir.resolve("unruled.pdf-page-1.png").toFile());
        int blue = 0;
        int red = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                java.awt.Color pixel = new java.awt.Color(image.getRGB(x, y));
                blue += pixel.getBlue() - pixel.getRed() > 100 ? 1 : 0;
                red += pixel.getRed() - pixel.getBlue() > 100 ? 1 : 0;
            }
        }
        assertTrue(blue > 100, "blue pixels: " + blue);
        assertEquals(0, red);
    }

    @Test
    void refusesAPageOutOfRangeAndNamesAnUnreadableFile() {
        assertEquals(2, run("inspect", SAMPLES.resolve("seeds/000.txt").toString(), "--page", "99"));
        assertEquals(1, run("inspect", SAMPLES.resolve("README.md").resolveSibling("no-such-file.pdf").toString()));
        assertTrue(printed.err().contains("no-such-file.pdf"), printed.err());
    }
}
