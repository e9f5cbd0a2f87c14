package org.perftable.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Files replaced whole: written to a temporary file beside the target, then renamed over it, so a
 * reader (or a run killed at any moment) never leaves half a file under the target's name.
 */
final class AtomicFiles {

    /** The longest file name, in bytes, that the common file systems (ext4, XFS, Btrfs, NTFS in UTF-16 units) take. */
    static final int MOST_NAME_BYTES = 255;

    private static final String SUFFIX = ".perftable-tmp";
    /** A temporary file's name, with the number of the process that wrote it. */
    private static final Pattern TEMPORARY = Pattern.compile("^\\..*\\.(\\d{1,18})\\.perftable-tmp$");

    private AtomicFiles() {
    }

    /** Whether the target's name, or its temporary file's, is longer than a file system takes. */
    static boolean nameTooLong(Path target) {
        return FileNames.nameLength(temporaryOf(target)) > MOST_NAME_BYTES;
    }

    /**
     * The temporary file for a target: hidden, beside it, and named for this process, so two runs
     * never write (or remove) each other's. A run killed while writing leaves one behind, which
     * {@link #removeStale} takes away once no process of its number is alive.
     */
    static Path temporaryOf(Path target) {
        return FileNames.sibling(target, ".", "." + ProcessHandle.current().pid() + SUFFIX);
    }

    /**
     * Removes temporary files left by runs that are no longer alive: under {@code directory} when
     * {@code target} is null, else those of one target.
     */
    static void removeStale(Path directory, Path target) throws IOException {
        if (!Files.isDirectory(directory)) {
            return;
        }
        String prefix = target == null ? "." : "." + target.getFileName() + ".";
        try (Stream<Path> files = target == null ? Files.walk(directory) : Files.list(directory)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                Matcher temporary = TEMPORARY.matcher(name);
                if (name.startsWith(prefix) && temporary.matches()
                        && ProcessHandle.of(Long.parseLong(temporary.group(1))).map(p -> !p.isAlive()).orElse(true)) {
                    Files.deleteIfExists(file);
                }
            }
        }
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
