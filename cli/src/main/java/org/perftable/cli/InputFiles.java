package org.perftable.cli;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.perftable.read.Readers;

/**
 * The files a run converts, in a stable order: the inputs as given, each directory's files sorted by
 * path. Directories are searched recursively for the names a reader takes, narrowed by the include
 * and exclude globs; a file named on the command line is always taken, whatever its name.
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
                for (Path file : search(input)) {
                    String name = input.relativize(file).toString();
                    files.add(new Input(file, name, name + ".json"));
                }
            } else {
                // not checked for existence: a file gone by the time it is read is reported as vanished
                files.add(new Input(input, input.toString(), input.getFileName() + ".json"));
            }
        }
        return files;
    }

    private List<Path> search(Path directory) throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(directory, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                // Files.isRegularFile follows a symbolic link to the file it names
                if (Files.isRegularFile(file) && Readers.readableByName(file) && selected(directory.relativize(file))) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE; // deleted while the directory was read: not an input
                }
                throw e;
            }
        });
        found.sort(null);
        return found;
    }

    private boolean selected(Path relative) {
        return (includes.isEmpty() || includes.stream().anyMatch(m -> m.matches(relative)))
                && excludes.stream().noneMatch(m -> m.matches(relative));
    }
}
