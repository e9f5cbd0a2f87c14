package org.perftable.cli;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.perftable.read.Readers;

/**
 * The files a run converts, in a stable order: the inputs as given, each directory's files sorted by
 * path. Directories are searched recursively for the names a reader takes, narrowed by the include
 * and exclude globs; a file named on the command line is always taken, whatever its name. What the
 * walk cannot take is listed too, with its reason, and the walk goes on.
 */
final class InputFiles {

    private final List<PathMatcher> includes;
    private final List<PathMatcher> excludes;

    /** Globs in {@link FileSystem#getPathMatcher} "glob:" syntax, matched against paths relative to a directory. */
    InputFiles(FileSystem fileSystem, List<String> includes, List<String> excludes) {
        this.includes = includes.stream().map(glob -> fileSystem.getPathMatcher("glob:" + glob)).toList();
        this.excludes = excludes.stream().map(glob -> fileSystem.getPathMatcher("glob:" + glob)).toList();
    }

    List<Input> list(List<Path> inputs) throws IOException {
        List<Input> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                Map<Path, Failure> found = search(input);
                found.forEach((file, problem) -> {
                    Path relative = input.relativize(file);
                    files.add(new Input(file, FileNames.text(relative), relative, problem));
                });
            } else {
                // not checked for existence: a file gone by the time it is read is reported as vanished
                files.add(new Input(input, FileNames.text(input), input.getFileName()));
            }
        }
        return files;
    }

    /**
     * The directory's files, sorted, each with null or the reason it cannot be converted. Symbolic
     * links are followed, to files and to directories, except round a loop; a link to nothing, a loop
     * and a directory that cannot be listed are entries of their own, so the walk goes on past them.
     */
    private Map<Path, Failure> search(Path directory) throws IOException {
        Map<Path, Failure> found = new TreeMap<>();
        Files.walkFileTree(directory, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (!Readers.readableByName(file) || !selected(directory.relativize(file))) {
                    return FileVisitResult.CONTINUE;
                }
                if (attributes.isRegularFile()) {
                    found.put(file, null);
                } else if (attributes.isSymbolicLink()) {
                    found.put(file, Failure.danglingLink(file)); // a followed link has its target's attributes
                } else if (attributes.isOther()) {
                    found.put(file, Failure.notAFile(file));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE; // deleted while the directory was read: not an input
                }
                found.put(file, e instanceof FileSystemLoopException ? Failure.linkLoop(file) : Failure.unreadableDirectory(e));
                return FileVisitResult.CONTINUE;
            }
        });
        return found;
    }

    private boolean selected(Path relative) {
        return (includes.isEmpty() || includes.stream().anyMatch(m -> m.matches(relative)))
                && excludes.stream().noneMatch(m -> m.matches(relative));
    }
}
