package org.perftable.read;

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
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.perftable.grid.Notice;
import org.perftable.grid.Page;

/**
 * Reads every page in one pass over its content stream: PDFBox's text engine places the glyphs, and
 * path operators added to the same engine collect the rulings, so a page is parsed once. The
 * stripper's own text assembly is skipped.
 */
final class PdfPageScanner extends PDFTextStripper {

    /** Glyphs of one character drawn this close together are one glyph printed twice (fake bold). */
    private static final double DUPLICATE = 0.8;

    private final List<Page> pages = new ArrayList<>();
    private final List<Notice> notices = new ArrayList<>();
    private final PdfPaths paths;
    private List<PdfGlyph> glyphs;
    private List<PdfRuling> rulings;
    private int unmapped;
    private int pagesWithText;

    PdfPageScanner() {
        setSortByPosition(false);
        paths = new PdfPaths(this, ruling -> rulings.add(ruling));
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

    /** Scans the document; the pages in order. */
    List<Page> scan(PDDocument document) throws IOException {
        writeText(document, Writer.nullWriter());
        return pages;
    }

    List<Notice> notices() {
        return notices;
    }

    boolean anyText() {
        return pagesWithText > 0;
    }

    @Override
    protected void startPage(PDPage page) {
        glyphs = new ArrayList<>();
        rulings = new ArrayList<>();
        unmapped = 0;
        paths.startPage(PdfDisplay.of(page));
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
        PdfGlyph glyph = new PdfGlyph(text, position.getXDirAdj(), position.getYDirAdj(), position.getWidthDirAdj(),
                Math.max(1, position.getFontSizeInPt()));
        if (!glyphs.isEmpty() && duplicate(glyphs.get(glyphs.size() - 1), glyph)) {
            return;
        }
        glyphs.add(glyph);
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
        pages.add(PdfPageLayout.layout(number, glyphs, rulings, notices));
    }

    private static boolean duplicate(PdfGlyph a, PdfGlyph b) {
        return a.text().equals(b.text()) && Math.abs(a.x() - b.x()) < DUPLICATE
                && Math.abs(a.baseline() - b.baseline()) < DUPLICATE;
    }
}
