package org.perftable.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** How the Word readers refuse a file: encrypted, too old, or not parseable. */
final class WordFiles {


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

    private static UnreadableFileException encrypted() {
        return new UnreadableFileException("encrypted", "encrypted or password-protected Office file");
    }
}
