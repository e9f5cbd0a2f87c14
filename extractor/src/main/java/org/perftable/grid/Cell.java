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
 */
public record Cell(String text, int column, int rowSpan, int colSpan, int page, String source) {

    public boolean isBlank() {
        return text.isBlank();
    }
}
