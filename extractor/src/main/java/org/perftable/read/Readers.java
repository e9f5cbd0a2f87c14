package org.perftable.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Picks the reader for a file from its first bytes, falling back to its extension for plain text. */
public final class Readers {

    private static final FilingReader TEXT_EXPORT = new TextExportReader();

    private Readers() {
    }

    public static FilingReader forFile(Path file) throws IOException, UnreadableFileException {
        if (Files.size(file) == 0) {
            throw new UnreadableFileException("empty_file", "empty file");
        }
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        String magic = describeMagic(head, n);
        if (magic != null) {
            throw new UnreadableFileException("unsupported_format", "unsupported format: " + magic);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt") || name.endsWith(".tsv")) {
            return TEXT_EXPORT;
        }
        throw new UnreadableFileException("unsupported_format",
                "unsupported format: expected a .txt or .tsv text export");
    }

    /** Names binary formats this build cannot read yet, so they fail clearly instead of as garbled text. */
    private static String describeMagic(byte[] head, int n) {
        if (n >= 4 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F') {
            return "PDF";
        }
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return "ZIP container (DOCX/XLSX)";
        }
        if (n >= 4 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF && head[2] == 0x11
                && (head[3] & 0xff) == 0xE0) {
            return "OLE2 container (DOC/XLS)";
        }
        return null;
    }
}
