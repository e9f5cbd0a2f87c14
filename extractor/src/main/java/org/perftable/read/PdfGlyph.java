package org.perftable.read;

/**
 * One glyph placed on a page. It is read in its own writing direction (text turned on its side reads
 * along its own line) but placed into a cell by where it sits on the page as shown.
 *
 * @param text     its Unicode text (a checkbox already mapped to ☑ or ☐)
 * @param x        left edge along its line of writing
 * @param baseline its line's baseline, across the writing direction
 * @param width    advance width
 * @param size     font size in points, the measure for gaps and line spacing (the font's bounding box
 *                 is unreliable for CJK fonts)
 * @param pageX    where it sits on the page as shown, from the left: its centre for upright text
 * @param pageY    where it sits on the page as shown, from the top: just above the baseline for upright
 *                 text, so it falls inside its cell even when its box is wrong
 */
record PdfGlyph(String text, double x, double baseline, double width, double size, double pageX, double pageY) {

    double right() {
        return x + width;
    }
}
