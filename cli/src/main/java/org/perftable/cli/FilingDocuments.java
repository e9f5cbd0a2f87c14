package org.perftable.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.perftable.store.FilingRows;

/**
 * The filing documents a load reads, one at a time and in a stable order: {@code .json} files (a
 * directory is searched recursively, in path order), the lines of JSON Lines files, and filings
 * converted on the fly. A document that cannot be had is handed on as a failure, never stops the rest.
 */
final class FilingDocuments {

    /** One document, or why there is none. */
    record Document(String name, JsonNode filing, String error) {
    }

    interface Sink {
        void accept(Document document) throws Exception;
    }

    private FilingDocuments() {
    }

    static void jsonFiles(List<Path> paths, Sink sink) throws Exception {
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(path)) {
                    files = walk.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".json")
                            && !p.getFileName().toString().equals(OutputState.FILE_NAME)).sorted().toList();
                }
                for (Path file : files) {
                    sink.accept(read(file));
                }
            } else {
                sink.accept(read(path));
            }
        }
    }

    static void jsonLines(List<Path> files, Sink sink) throws Exception {
        for (Path file : files) {
            try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                int number = 0;
                while ((line = lines.readLine()) != null) {
                    number++;
                    if (!line.isBlank()) {
                        sink.accept(parse(file + ":" + number, line));
                    }
                }
            } catch (IOException e) {
                sink.accept(new Document(file.toString(), null, "cannot read: " + e.getMessage()));
            }
        }
    }

    /** Converts filings as {@code extract} would, without writing their JSON anywhere. */
    static void converted(List<Path> inputs, String version, Sink sink) throws Exception {
        // in this process, one file after another: loading converts only what it is given
        FileConversion conversion = new FileConversion(null, null, true, true, version, null);
        for (Input input : new InputFiles(FileSystems.getDefault(), List.of(), List.of()).list(inputs)) {
            FileResult result = conversion.convert(input, FileConversion.Attempt.UNWATCHED);
            sink.accept(result.status() == Status.FAILED
                    ? new Document(input.name(), null, result.error().code() + ": " + result.error().message())
                    : parse(input.name(), result.document()));
        }
    }

    private static Document read(Path file) {
        try {
            return parse(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            return new Document(file.toString(), null, "cannot read: " + e.getMessage());
        }
    }

    private static Document parse(String name, String json) {
        return parse(name, () -> FilingRows.JSON.readTree(json));
    }

    private static Document parse(String name, byte[] json) {
        return parse(name, () -> FilingRows.JSON.readTree(json));
    }

    /** JSON read from a line of text or from a file's bytes, as each comes, without converting one into the other. */
    private interface Json {
        JsonNode read() throws IOException;
    }

    private static Document parse(String name, Json json) {
        try {
            return new Document(name, json.read(), null);
        } catch (IOException e) {
            return new Document(name, null, "not JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }
}
