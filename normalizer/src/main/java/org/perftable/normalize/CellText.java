package org.perftable.normalize;

/**
 * A non-empty cell as the normalizer sees it.
 *
 * @param column grid column of the cell
 * @param text   printed text, wrapping artifacts removed
 * @param key    text without any whitespace or trailing colon, for matching labels
 */
record CellText(int column, String text, String key) {

    /** The text of a cell that may be absent. */
    static String textOf(CellText cell) {
        return cell == null ? null : cell.text();
    }

    static CellText of(int column, String printed) {
        String text = CjkText.unwrap(printed);
        return new CellText(column, text, Labels.key(text));
    }
}
