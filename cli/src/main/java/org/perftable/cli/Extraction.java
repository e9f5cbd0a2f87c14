package org.perftable.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.perftable.checks.CheckRules;
import org.perftable.filing.Filing;
import org.perftable.grid.Grid;
import org.perftable.normalize.Normalizer;
import org.perftable.read.Readers;
import org.perftable.read.UnreadableFileException;

/** One file through the pipeline: reader → grid → normalizer → filing. */
final class Extraction {

    private final Normalizer normalizer;

    /** An extraction checking by the rules the {@link CheckRules#PROPERTY} system property names. */
    Extraction() throws IOException {
        normalizer = new Normalizer(CheckRules.current());
    }

    /**
     * The filing in a file whose SHA-256 is already known.
     *
     * @param name the file as {@code source.file} names it: relative to its input directory, or as given
     */
    Filing extract(Path file, String name, String sha256) throws IOException, UnreadableFileException {
        Grid grid = Readers.read(file);
        return normalizer.normalize(grid, name, sha256);
    }

    static String sha256(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
