package org.perftable.read;

import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceRGBColor;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.perftable.grid.Notice;
import org.perftable.grid.Page;
import org.perftable.grid.Row;

/**
 * Reads every page in one pass over its content stream: PDFBox's text engine places the glyphs, and
 * path operators added to the same engine collect the rulings, so a page is parsed once. The
 * stripper's own text assembly is skipped.
 */
final class PdfPageScanner extends PDFTextStripper {

    /** Glyphs of one character drawn this close together are one glyph printed twice (fake bold). */
    private static final double DUPLICATE = 0.8;
    /** A glyph whose origin is this close outside the clip is still shown (rounding, italics). */
    private static final double CLIP_TOLERANCE = 1.0;

    private final List<Page> pages = new ArrayList<>();
    /** Per page laid out, whether its first table opens with the rest of a row cut on the page before. */
    private final List<Boolean> opensWithRest = new ArrayList<>();
    private final List<Notice> notices = new ArrayList<>();
    private final PdfPaths paths;
    private final PdfTextTable.Columns columns = new PdfTextTable.Columns();
    private final PdfTable.RunOn runOn = new PdfTable.RunOn();
    private List<PdfGlyph> glyphs;
    private List<PdfRuling> rulings;
    private int unmapped;
    private int pagesWithText;
    private PdfDisplay display;
    private List<Path2D> lastClip;
    private Rectangle2D clipBounds;

    PdfPageScanner() {
        setSortByPosition(false);
        int mostRulings = ReaderLimits.current().rulingsPerPage();
        paths = new PdfPaths(this, ruling -> {
            if (rulings.size() >= mostRulings) {
                throw new ReaderLimitException("too_many_rulings", "refused: page " + getCurrentPageNo()
                        + " draws more than " + mostRulings + " lines (--max-rulings)");
            }
            rulings.add(ruling);
        });
        paths.operators().forEach(this::addOperator);
        addOperator(new SetStrokingColorSpace(this));
        addOperator(new SetStrokingColor(this));
        addOperator(new SetStrokingColorN(this));
        addOperator(new SetStrokingDeviceGrayColor(this));
        addOperator(new SetStrokingDeviceRGBColor(this));
        addOperator(new SetStrokingDeviceCMYKColor(this));
        addOperator(new SetNonStrokingColorSpace(this));
        addOperator(new SetNonStrokingColor(this));
        addOperator(new SetNonStrokingColorN(this));
        addOperator(new SetNonStrokingDeviceGrayColor(this));
        addOperator(new SetNonStrokingDeviceRGBColor(this));
        addOperator(new SetNonStrokingDeviceCMYKColor(this));
    }

    /**
     * Scans the document; the pages in order. The pages are those its page tree holds: the count the
     * file declares is only compared with them ({@code page_count_mismatch}), never trusted, since a
     * count can be understated (pages would be lost) or absurd (a blank page each would fill memory).
     */
    List<Page> scan(PDDocument document) throws IOException {
        writeText(document, Writer.nullWriter());
        int inTree = 0;
        for (PDPage ignored : document.getPages()) {
            inTree++;
        }
        int declared = document.getPages().getCOSObject().getInt(COSName.COUNT);
        if (declared != inTree) {
            notices.add(new Notice("page_count_mismatch", "the file declares " + declared + " pages and holds "
                    + inTree + ": every page it holds is read", null));
        }
        // the stripper skips pages without a content stream: they are blank pages, not missing ones
        List<Page> all = new ArrayList<>();
        int read = 0;
        for (int number = 1; number <= inTree; number++) {
            boolean scanned = read < pages.size() && pages.get(read).number() == number;
            all.add(scanned ? pages.get(read++) : new Page(number, List.of()));
        }
        return all;
    }

    List<Notice> notices() {
        return notices;
    }

    /** Whether any page had a content stream at all: a document with none is damaged, not a scan. */
    boolean anyContent() {
        return !pages.isEmpty();
    }

    boolean anyText() {
        return pagesWithText > 0;
    }

    @Override
    protected void startPage(PDPage page) {
        glyphs = new ArrayList<>();
        rulings = new ArrayList<>();
        unmapped = 0;
        display = PdfDisplay.of(page);
        paths.startPage(display);
    }

    @Override
    protected void processTextPosition(TextPosition position) {
        String text = PdfCheckboxes.map(position.getUnicode());
        if (text == null) {
            unmapped++;
            return;
        }
        if (text.isBlank()) {
            return;
        }
        if (!shown(position)) {
            return;
        }
        double size = Math.max(1, position.getFontSizeInPt());
        boolean upright = position.getDir() == 0;
        // read along the glyph's own direction, placed by the page as shown (turned text keeps its cell)
        PdfGlyph glyph = new PdfGlyph(text, position.getXDirAdj(), position.getYDirAdj(), position.getWidthDirAdj(),
                size, position.getX() + (upright ? position.getWidth() / 2 : 0),
                position.getY() - (upright ? Math.min(size, 12) * 0.25 : 0));
        if (!glyphs.isEmpty() && duplicate(glyphs.get(glyphs.size() - 1), glyph)) {
            return;
        }
        glyphs.add(glyph);
    }

    /**
     * Whether the glyph's origin lies inside the current clip (which starts as the crop box). The
     * clip's bounding box is enough: producers clip to rectangles, and an exact area costs per glyph.
     */
    private boolean shown(TextPosition position) {
        List<Path2D> clip = getGraphicsState().getCurrentClippingPaths();
        if (clip != lastClip) {
            lastClip = clip;
            clipBounds = null;
            for (Path2D path : clip) {
                Rectangle2D bounds = path.getBounds2D();
                clipBounds = clipBounds == null ? bounds : clipBounds.createIntersection(bounds);
            }
        }
        if (clipBounds == null) {
            return true;
        }
        Matrix matrix = position.getTextMatrix();
        double x = matrix.getTranslateX() + display.left();
        double y = matrix.getTranslateY() + display.bottom();
        return clipBounds.getMinX() - CLIP_TOLERANCE <= x && x <= clipBounds.getMaxX() + CLIP_TOLERANCE
                && clipBounds.getMinY() - CLIP_TOLERANCE <= y && y <= clipBounds.getMaxY() + CLIP_TOLERANCE;
    }

    @Override
    protected void writePage() {
        // the layout below replaces the stripper's text output
    }

    @Override
    protected void endPage(PDPage page) {
        int number = getCurrentPageNo();
        if (unmapped > 0) {
            notices.add(new Notice("unmapped_glyphs", unmapped + " glyphs on page " + number
                    + " map to no Unicode text (a font without a ToUnicode table) and were left out", number));
        }
        if (!glyphs.isEmpty()) {
            pagesWithText++;
        }
        Page laidOut = PdfPageLayout.layout(number, glyphs, rulings, notices, columns, runOn);
        // the last row of the page before's table goes on in a table in doubt: that row stays text
        // lines too, and so on back while each such row was the rest of a row cut before it
        boolean lost = columns.cutRowLost();
        int last = pages.size() - 1;
        int into = number;
        while (lost && last >= 0 && pages.get(last).number() == into - 1) {
            Page before = pages.get(last);
            if (before.blocks().isEmpty()) {
                // a blank page between: the row was cut on the page before it
                into = before.number();
                last--;
                continue;
            }
            Page asText = PdfPageLayout.withLastInferredRowAsText(before);
            if (asText == null) {
                break;
            }
            pages.set(last, asText);
            notices.add(new Notice("row_refused", "page " + before.number() + ": the last row of the table at its end"
                    + " was kept as text lines, because it goes on in a table of page " + into + " that could not be read",
                    before.number()));
            lost = opensWithRest.get(last) && asText.blocks().stream().noneMatch(Row.class::isInstance);
            into = before.number();
            last--;
        }
        pages.add(laidOut);
        opensWithRest.add(columns.opensWithRest());
    }

    private static boolean duplicate(PdfGlyph a, PdfGlyph b) {
        return a.text().equals(b.text()) && Math.abs(a.x() - b.x()) < DUPLICATE
                && Math.abs(a.baseline() - b.baseline()) < DUPLICATE;
    }
}
