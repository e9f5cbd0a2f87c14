package org.perftable.read;

/**
 * How much of a file the readers take before refusing it, so that a file built to exhaust memory or
 * time fails fast with its own code instead of at the time limit. Each limit is far above what a
 * filing needs. A run sets them through system properties ({@code perftable.maxRulingsPerPage} and so
 * on), which its worker processes are started with; unset, the defaults hold.
 *
 * @param rulingsPerPage lines drawn on one PDF page ({@code too_many_rulings}): a ruled form has
 *                       hundreds; tables are found by pairing them, so each one costs
 * @param cellsPerSheet  cells in one spreadsheet sheet ({@code too_many_cells})
 * @param sheetText      characters of cell text in one sheet, shared strings counted at every cell
 *                       that shows them ({@code text_too_large}): one long shared string shown in
 *                       20,000 cells is gigabytes of text
 * @param cellText       characters in one cell or text line of any format ({@code cell_too_large})
 */
public record ReaderLimits(int rulingsPerPage, int cellsPerSheet, long sheetText, int cellText) {

    public static final ReaderLimits DEFAULT = new ReaderLimits(20_000, 1_000_000, 64L << 20, 1 << 20);

    public static final String RULINGS_PER_PAGE = "perftable.maxRulingsPerPage";
    public static final String CELLS_PER_SHEET = "perftable.maxCellsPerSheet";
    public static final String SHEET_TEXT = "perftable.maxSheetText";
    public static final String CELL_TEXT = "perftable.maxCellText";

    /** The limits the system properties set, the defaults for those they do not. */
    public static ReaderLimits current() {
        return new ReaderLimits(Integer.getInteger(RULINGS_PER_PAGE, DEFAULT.rulingsPerPage),
                Integer.getInteger(CELLS_PER_SHEET, DEFAULT.cellsPerSheet),
                Long.getLong(SHEET_TEXT, DEFAULT.sheetText),
                Integer.getInteger(CELL_TEXT, DEFAULT.cellText));
    }
}
