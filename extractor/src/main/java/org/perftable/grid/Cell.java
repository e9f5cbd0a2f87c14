package org.perftable.grid;

/**
 * One cell of a table row as the source shows it.
 *
 * @param text    the cell's text as printed: paragraphs separated by a blank line ("\n\n"), line breaks
 *                within a paragraph by "\n", ticked and empty checkboxes as ☑ and ☐
 * @param column  zero-based column index of the cell's first grid column
 * @param rowSpan rows the cell covers (1 when the source does not know)
 * @param colSpan columns the cell covers (1 when the source does not know)
 * @param page    one-based page number
 * @param source  where the cell sits in the source file: "line 12", "A1", a box
 * @param mayContinueAbove the source cannot tell this cell from the rest of the cell above it in the
 *                column: a label wrapped in a cell spanning rows, drawn without rulings, looks the
 *                same as the next row's own label. Whoever knows what the labels mean decides.
 */
public record Cell(String text, int column, int rowSpan, int colSpan, int page, String source, boolean mayContinueAbove) {

    /** A cell the source sets apart from the one above it. */
    public Cell(String text, int column, int rowSpan, int colSpan, int page, String source) {
        this(text, column, rowSpan, colSpan, page, source, false);
    }

    public boolean isBlank() {
        return text.isBlank();
    }
}
