package org.perftable.read;

/**
 * A file that cannot be read as a filing: empty, of an unknown format, or not decodable.
 * The message is one line a person can act on; {@link #code()} is stable for scripts.
 */
public final class UnreadableFileException extends Exception {

    private final String code;

    public UnreadableFileException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
