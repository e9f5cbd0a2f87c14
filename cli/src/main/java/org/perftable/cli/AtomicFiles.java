package org.perftable.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Files replaced whole: written to a temporary file beside the target, then renamed over it, so a
 * reader (or a run killed at any moment) never leaves half a file under the target's name.
 */
final class AtomicFiles {

    private AtomicFiles() {
    }

    /**
     * The temporary file for a target. Its name is fixed, not random, so that a run killed while
     * writing leaves one that the next run overwrites or removes instead of one more stray file.
     */
    static Path temporaryOf(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".perftable-tmp");
    }

    static void write(Path target, byte[] bytes) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path temp = temporaryOf(target);
        try {
            Files.write(temp, bytes);
            replace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Renames {@code temp} over {@code target}, atomically where the file system can. */
    static void replace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
