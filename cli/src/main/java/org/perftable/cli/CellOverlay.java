package org.perftable.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.perftable.grid.Block;
import org.perftable.grid.Cell;
import org.perftable.grid.Page;
import org.perftable.grid.Row;

/**
 * Draws the cells a PDF page was read into over the rendered page, one PNG per page, so a person can
 * see at a glance where the reader put the borders: red for cells enclosed by rulings, blue for cells
 * of a table inferred from the alignment of its text. The PDF reader records each cell's box, in
 * points from the top left of the page as shown, in the cell's source position ("inferred box" for
 * an inferred cell).
 */
final class CellOverlay {

    private static final Pattern BOX = Pattern.compile("box (-?[\\d.]+),(-?[\\d.]+),(-?[\\d.]+),(-?[\\d.]+)");
    private static final float DPI = 144;
    private static final float SCALE = DPI / 72;
    private static final Color RULED = new Color(220, 30, 30, 160);
    private static final Color INFERRED = new Color(30, 90, 220, 160);

    private CellOverlay() {
    }

    static void write(Path pdf, List<Page> pages, Path directory) throws IOException {
        Files.createDirectories(directory);
        // drawing needs glyph shapes: fonts not embedded go back to PDFBox's own mapper (null restores
        // it), which finds installed fonts, instead of the reader's stand-ins
        FontMappers.set(null);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (Page page : pages) {
                BufferedImage image = renderer.renderImageWithDPI(page.number() - 1, DPI);
                Graphics2D graphics = image.createGraphics();
                graphics.setStroke(new BasicStroke(2));
                for (Block block : page.blocks()) {
                    if (block instanceof Row row) {
                        for (Cell cell : row.cells()) {
                            draw(graphics, cell);
                        }
                    }
                }
                graphics.dispose();
                ImageIO.write(image, "png", directory.resolve(pdf.getFileName() + "-page-" + page.number() + ".png").toFile());
            }
        }
    }

    private static void draw(Graphics2D graphics, Cell cell) {
        Matcher box = BOX.matcher(cell.source());
        if (box.find()) {
            graphics.setColor(cell.source().contains("inferred box") ? INFERRED : RULED);
            double left = Double.parseDouble(box.group(1));
            double top = Double.parseDouble(box.group(2));
            double right = Double.parseDouble(box.group(3));
            double bottom = Double.parseDouble(box.group(4));
            graphics.draw(new Rectangle2D.Double(left * SCALE + 2, top * SCALE + 2,
                    (right - left) * SCALE - 4, (bottom - top) * SCALE - 4));
        }
    }
}
