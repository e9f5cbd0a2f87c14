package org.perftable.read;

import java.io.IOException;
import java.nio.file.Path;
import org.perftable.grid.Grid;

/** Reads one file of one format into the cell grid. */
public interface FilingReader {

    /** The format name written to {@code source.format}, e.g. {@code txt}. */
    String format();

    Grid read(Path file) throws IOException, UnreadableFileException;
}
