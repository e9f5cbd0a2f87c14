package org.perftable.read;

import java.io.IOException;
import java.nio.file.Path;
import org.perftable.grid.Block;
import org.perftable.grid.Cell;
import org.perftable.grid.Grid;
import org.perftable.grid.Row;
import org.perftable.grid.TextLine;

/**
 * A reader whose limits hold: a limit passed inside it fails the file with the limit's code, and a
 * grid with a cell or text line longer than {@link ReaderLimits#cellText()} is refused as
 * {@code cell_too_large} (the whole text of a file in one cell is no form, and a cell of tens of
 * millions of characters passes what JSON tools read back).
 */
record LimitedReader(FilingReader reader) implements FilingReader {

    @Override
    public String format() {
        return reader.format();
    }

    @Override
    public Grid read(Path file) throws IOException, UnreadableFileException {
        Grid grid;
        try {
            grid = reader.read(file);
        } catch (ReaderLimitException e) {
            throw e.unreadable();
        }
        int limit = ReaderLimits.current().cellText();
        for (Block block : (Iterable<Block>) grid.blocks()::iterator) {
            if (block instanceof TextLine line) {
                checkLength(line.text(), limit, line.source());
            } else if (block instanceof Row row) {
                for (Cell cell : row.cells()) {
                    checkLength(cell.text(), limit, cell.source());
                }
            }
        }
        return grid;
    }

    private static void checkLength(String text, int limit, String source) throws UnreadableFileException {
        if (text.length() > limit) {
            throw new UnreadableFileException("cell_too_large", "refused: the text at " + source + " has "
                    + text.length() + " characters, more than the " + limit + " a cell may hold (--max-cell-text)");
        }
    }
}
