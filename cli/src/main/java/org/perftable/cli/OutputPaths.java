package org.perftable.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The files a run writes, checked against each other and against its inputs before any work: the
 * report, the JSON Lines file and each output must be files of their own, none of them an input.
 */
final class OutputPaths {

    private OutputPaths() {
    }

    /** Why the run's files collide, or null when they do not. */
    static String collision(List<Input> inputs, Path outputDirectory, Path report, Path jsonl) throws IOException {
        Map<Path, String> claimed = new HashMap<>();
        for (Input input : inputs) {
            if (input.problem() == null) {
                claimed.put(key(input.file()), "the input " + input.file());
            }
        }
        if (outputDirectory != null) {
            for (Input input : inputs) {
                String earlier = claimed.putIfAbsent(key(input.output(outputDirectory)),
                        "the output of " + input.name());
                if (earlier != null) {
                    return "the output of " + input.name() + " would be " + earlier;
                }
            }
        }
        String reportClash = claim(claimed, "--report", report);
        return reportClash != null ? reportClash : claim(claimed, "--jsonl", jsonl);
    }

    private static String claim(Map<Path, String> claimed, String option, Path file) throws IOException {
        if (file == null) {
            return null;
        }
        String earlier = claimed.putIfAbsent(key(file), option + " " + file);
        return earlier == null ? null : option + " " + file + " is also " + earlier;
    }

    /** One key for every name of a file: its real path when it exists, else its absolute path. */
    private static Path key(Path path) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        if (Files.exists(absolute)) {
            return absolute.toRealPath();
        }
        Path parent = absolute.getParent();
        return parent != null && Files.exists(parent) ? parent.toRealPath().resolve(absolute.getFileName()) : absolute;
    }
}
