package org.perftable.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.perftable.filing.FilingJson;
import org.perftable.read.UnreadableFileException;

/**
 * One input to its output, in two steps: {@link #convert} reads and converts and writes nothing, so a
 * worker that has timed out can be abandoned safely; {@link #commit} writes the output of a result
 * the batch has accepted.
 */
final class FileConversion {

    private final Path outputDirectory;
    private final OutputState state;
    private final boolean force;
    private final boolean keepDocuments;
    private final String version;

    /**
     * @param outputDirectory where outputs go, or null when nothing is written and nothing skipped
     * @param keepDocuments   whether results carry their JSON on, for stdout or the --jsonl file
     */
    FileConversion(Path outputDirectory, OutputState state, boolean force, boolean keepDocuments, String version) {
        this.outputDirectory = outputDirectory;
        this.state = state;
        this.force = force;
        this.keepDocuments = keepDocuments;
        this.version = version;
    }

    /**
     * The input's result: up to date, converted, or failed with its reason.
     *
     * @param hashed told the input's SHA-256 as soon as it is known, for a report line on timeout
     */
    FileResult convert(Input input, Consumer<String> hashed) {
        String sha256 = null;
        try {
            Path output = outputOf(input);
            if (output != null) {
                Files.deleteIfExists(AtomicFiles.temporaryOf(output)); // left by a run killed while writing
            }
            sha256 = Extraction.sha256(input.file());
            hashed.accept(sha256);
            if (output != null && !force) {
                FileResult upToDate = upToDate(input, output, sha256);
                if (upToDate != null) {
                    return upToDate;
                }
            }
            // an Extraction per file: workers running at the same time share no normalizer state
            String document = FilingJson.toJson(new Extraction().extract(input.file(), input.name(), sha256));
            JsonNode filing = FilingJson.mapper().readTree(document);
            return FileResult.of(input, sha256, filing.path("forms").isEmpty() ? Status.NO_FORMS : Status.OK,
                    filing, document);
        } catch (UnreadableFileException e) {
            return FileResult.failed(input, sha256, Files.exists(input.file()) ? Failure.of(e) : Failure.vanished());
        } catch (NoSuchFileException e) {
            return FileResult.failed(input, sha256, Failure.vanished());
        } catch (IOException e) {
            return FileResult.failed(input, sha256, Files.exists(input.file()) ? Failure.unreadable(e) : Failure.vanished());
        } catch (OutOfMemoryError e) {
            return FileResult.failed(input, sha256, Failure.outOfMemory());
        } catch (StackOverflowError e) {
            return FileResult.failed(input, sha256, Failure.stackOverflow());
        }
    }

    /** Writes an accepted result's output and records it in the state. */
    FileResult commit(FileResult result) {
        Path output = outputOf(result.input());
        if (output != null && result.status() != Status.FAILED) {
            try {
                if (result.status() != Status.SKIPPED) {
                    AtomicFiles.write(output, result.document().getBytes(StandardCharsets.UTF_8));
                }
                state.put(result.input().outputName(), new OutputState.Entry(result.sha256(), version));
            } catch (IOException e) {
                return FileResult.failed(result.input(), result.sha256(), Failure.unwritable(output, e));
            }
        }
        return keepDocuments ? result : result.withoutDocument();
    }

    /**
     * The existing output, when it was converted from these very bytes: its own {@code source.sha256}
     * says so, and the state, if it has an entry, says this version wrote it. An output without an
     * entry was written by a run killed before it saved its state.
     */
    private FileResult upToDate(Input input, Path output, String sha256) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(output);
        } catch (NoSuchFileException e) {
            state.remove(input.outputName());
            return null;
        }
        JsonNode filing;
        try {
            filing = FilingJson.mapper().readTree(bytes);
        } catch (JacksonException e) {
            return null; // not an output of ours: converted again and replaced
        }
        OutputState.Entry entry = state.get(input.outputName());
        if (!sha256.equals(filing.at("/source/sha256").asText())
                || entry != null && !entry.equals(new OutputState.Entry(sha256, version))) {
            return null;
        }
        return FileResult.of(input, sha256, Status.SKIPPED, filing, new String(bytes, StandardCharsets.UTF_8));
    }

    private Path outputOf(Input input) {
        return outputDirectory == null ? null : outputDirectory.resolve(input.outputName());
    }
}
