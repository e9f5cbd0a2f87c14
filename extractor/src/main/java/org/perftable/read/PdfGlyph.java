package org.perftable.read;

/**
 * One glyph placed on a page, in display coordinates.
 *
 * @param text     its Unicode text (a checkbox already mapped to ☑ or ☐)
 * @param x        left edge
 * @param baseline baseline y, from the top of the page
 * @param width    advance width
 * @param size     font size in points, the measure for gaps and line spacing (the font's bounding box
 *                 is unreliable for CJK fonts)
 */
record PdfGlyph(String text, double x, double baseline, double width, double size) {

    double centreX() {
        return x + width / 2;
    }

    /** A point just above the baseline: inside the glyph's cell even when its box is wrong. */
    double anchorY() {
        return baseline - Math.min(size, 12) * 0.25;
    }

    double right() {
        return x + width;
    }
}
