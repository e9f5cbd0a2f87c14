package org.perftable.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** What a run left in a directory, for tests that compare whole runs. */
final class OutputFiles {

    private OutputFiles() {
    }

    /** Every file under the directory, by path relative to it, with its text (outputs are UTF-8). */
    static Map<String, String> under(Path dir) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                contents.put(dir.relativize(file).toString(), Files.readString(file));
            }
        }
        return contents;
    }
}
