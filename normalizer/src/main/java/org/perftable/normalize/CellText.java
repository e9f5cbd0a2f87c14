package org.perftable.normalize;

/**
 * A non-empty cell as the normalizer sees it.
 *
 * @param column grid column of the cell
 * @param text   printed text, wrapping artifacts removed
 * @param key    text without any whitespace or trailing colon, for matching labels
 * @param span   grid columns the cell covers
 */
record CellText(int column, String text, String key, int span) {

    /** The text of a cell that may be absent. */
    static String textOf(CellText cell) {
        return cell == null ? null : cell.text();
    }

    static CellText of(int column, String printed) {
        return of(column, printed, 1);
    }

    static CellText of(int column, String printed, int span) {
        String text = CjkText.unwrap(printed);
        return new CellText(column, text, Labels.key(text), span);
    }

    /** The same cell with other text: the rest of a wrapped cell joined to it. */
    CellText withText(String joined) {
        return new CellText(column, joined, Labels.key(joined), span);
    }
}
