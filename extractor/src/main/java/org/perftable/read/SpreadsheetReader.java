package org.perftable.read;

import java.io.IOException;
import java.nio.file.Path;
import org.perftable.grid.Grid;

final class SpreadsheetReader implements FilingReader {

    private final String format;

    SpreadsheetReader(String format) {
        this.format = format;
    }

    @Override
    public String format() {
        return format;
    }

    @Override
    public Grid read(Path file) throws IOException, UnreadableFileException {
        throw new UnreadableFileException("unsupported_format", "unsupported format: " + format + " reader not built yet");
    }
}
