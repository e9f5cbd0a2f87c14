package org.perftable.read;

import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.OldFileFormatException;

/**
 * What went wrong with an Office file POI could not open, as one clear error: encrypted, a zip bomb,
 * an XML part with a DOCTYPE (the door to external entities, refused by POI's parsers), a format
 * older than POI reads, or damage, with the innermost reason on one line.
 */
final class OfficeFailures {

    private static final int MAX_REASON_LENGTH = 160;
    /** "java.io.IOException: " and the like, which say nothing to a person. */
    private static final Pattern EXCEPTION_PREFIX =
            Pattern.compile("^(?:[\\w$]+\\.)+[\\w$]*(?:Exception|Error)(?::\\s*|$)");

    private OfficeFailures() {
    }

    static UnreadableFileException of(String format, Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 32; t = t.getCause(), depth++) {
            if (t instanceof ReaderLimitException limit) {
                return limit.unreadable();
            }
            if (t instanceof EncryptedDocumentException) {
                return new UnreadableFileException("encrypted", "encrypted or password-protected Office file");
            }
            if (t instanceof OldFileFormatException) {
                return new UnreadableFileException("unsupported_format", "unsupported format: a " + format
                        + " file older than Office 97 (Word 95, Excel 5.0/95); open it and save it as a current file");
            }
            String message = t.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains("zip bomb")) {
                return new UnreadableFileException("zip_bomb", "refused: the file inflates beyond safe limits (zip bomb?)");
            }
            if (message != null && message.contains("DOCTYPE is disallowed")) {
                return new UnreadableFileException("external_entity", "refused: an XML part of this " + format
                        + " file declares a DOCTYPE, which Office files never do (external entities are not read)");
            }
        }
        return new UnreadableFileException("corrupt_file", "corrupt " + format + " file: " + reason(e));
    }

    /** The innermost message worth showing, on one line. */
    static String reason(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 32; t = t.getCause(), depth++) {
            String message = t.getMessage();
            if (message == null) {
                continue;
            }
            String text = message.strip();
            String previous;
            do {
                previous = text;
                text = EXCEPTION_PREFIX.matcher(text).replaceFirst("").strip();
            } while (!text.equals(previous));
            int newline = text.indexOf('\n');
            if (newline >= 0) {
                text = text.substring(0, newline).strip();
            }
            if (!text.isEmpty()) {
                return text.length() <= MAX_REASON_LENGTH ? text : text.substring(0, MAX_REASON_LENGTH - 1) + "…";
            }
        }
        return e.getClass().getSimpleName();
    }
}
