package org.perftable.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.OldFileFormatException;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** How the Word readers refuse a file: encrypted, too old, or not parseable. */
final class WordFiles {

    private static final int MAX_REASON = 160;

    private WordFiles() {
    }

    /**
     * Refuses a password-protected file. Office encrypts a .docx (and any .doc saved with the newer
     * encryption) into an OLE2 container holding the encrypted package, which no parser can read.
     * A missing or unreadable file fails here with its IOException.
     */
    static void refuseEncrypted(Path file) throws IOException, UnreadableFileException {
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            if (FileMagic.valueOf(in) != FileMagic.OLE2) {
                return;
            }
        }
        boolean encrypted;
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            encrypted = root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage");
        } catch (IOException | RuntimeException e) {
            return; // not a readable OLE2 container: the reader reports it
        }
        if (encrypted) {
            throw encrypted();
        }
    }

    /** What a parser failure means for the person who filed the document. */
    static UnreadableFileException failure(String format, Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof EncryptedDocumentException) {
                return encrypted();
            }
            if (cause instanceof OldFileFormatException) {
                return new UnreadableFileException("unsupported_format",
                        "unsupported format: a Word 95 or older file; open it and save it as .docx");
            }
        }
        return new UnreadableFileException("corrupt_file", "corrupt " + format + " file: " + reason(e));
    }

    private static UnreadableFileException encrypted() {
        return new UnreadableFileException("encrypted", "encrypted or password-protected Office file");
    }

    /** The first line of the innermost message, shortened. */
    private static String reason(Throwable e) {
        String reason = null;
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && !message.isBlank()) {
                reason = message;
            }
        }
        if (reason == null) {
            return e.getClass().getSimpleName();
        }
        reason = reason.lines().findFirst().orElse("").strip();
        return reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON) + "…";
    }
}
