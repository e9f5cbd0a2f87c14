package org.perftable.read;

/**
 * A file that passed a {@link ReaderLimits} limit, thrown from deep inside a reader (a PDFBox
 * operator, a POI cell) where a checked exception cannot go; {@link Readers} turns it into an
 * {@link UnreadableFileException} with the same code.
 */
final class ReaderLimitException extends RuntimeException {

    private final String code;

    ReaderLimitException(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    UnreadableFileException unreadable() {
        return new UnreadableFileException(code, getMessage());
    }
}
