package org.perftable.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.perftable.read.ReaderLimits;
import picocli.CommandLine.Option;

/**
 * The options that set the {@link ReaderLimits}: how much of a file the readers take before they
 * refuse it with the limit's code. They reach the readers as system properties, in this JVM and in
 * every worker process.
 */
final class ReaderLimitOptions {

    @Option(names = "--max-rulings", paramLabel = "N",
            description = "Refuse a PDF page that draws more lines than this (too_many_rulings). Default: ${DEFAULT-VALUE}.")
    int rulingsPerPage = ReaderLimits.DEFAULT.rulingsPerPage();

    @Option(names = "--max-cells", paramLabel = "N",
            description = "Refuse a spreadsheet sheet with more cells than this (too_many_cells). Default: ${DEFAULT-VALUE}.")
    int cellsPerSheet = ReaderLimits.DEFAULT.cellsPerSheet();

    @Option(names = "--max-sheet-text", paramLabel = "CHARS",
            description = "Refuse a sheet whose cells hold more characters than this, a shared string counted "
                    + "in every cell that shows it (text_too_large). Default: ${DEFAULT-VALUE}.")
    long sheetText = ReaderLimits.DEFAULT.sheetText();

    @Option(names = "--max-cell-text", paramLabel = "CHARS",
            description = "Refuse a file with a cell or text line longer than this (cell_too_large). Default: ${DEFAULT-VALUE}.")
    int cellText = ReaderLimits.DEFAULT.cellText();

    boolean valid() {
        return rulingsPerPage > 0 && cellsPerSheet > 0 && sheetText > 0 && cellText > 0;
    }

    /** The limits as the system properties the readers look up. */
    Map<String, String> properties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put(ReaderLimits.RULINGS_PER_PAGE, String.valueOf(rulingsPerPage));
        properties.put(ReaderLimits.CELLS_PER_SHEET, String.valueOf(cellsPerSheet));
        properties.put(ReaderLimits.SHEET_TEXT, String.valueOf(sheetText));
        properties.put(ReaderLimits.CELL_TEXT, String.valueOf(cellText));
        return properties;
    }
}
