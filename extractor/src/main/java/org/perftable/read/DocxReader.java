package org.perftable.read;

import java.io.IOException;
import java.nio.file.Path;
import org.perftable.grid.Grid;

final class DocxReader implements FilingReader {

    @Override
    public String format() {
        return "docx";
    }

    @Override
    public Grid read(Path file) throws IOException, UnreadableFileException {
        throw new UnreadableFileException("unsupported_format", "unsupported format: docx reader not built yet");
    }
}
