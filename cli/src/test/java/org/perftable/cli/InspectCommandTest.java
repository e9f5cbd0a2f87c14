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

    @Test
    void refusesAPageOutOfRangeAndNamesAnUnreadableFile() {
        assertEquals(2, run("inspect", SAMPLES.resolve("seeds/000.txt").toString(), "--page", "99"));
        assertEquals(1, run("inspect", SAMPLES.resolve("README.md").resolveSibling("no-such-file.pdf").toString()));
        assertTrue(printed.err().contains("no-such-file.pdf"), printed.err());
    }
}
