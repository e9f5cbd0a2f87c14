package org.perftable.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.perftable.filing.FilingJson;

/**
 * One input to its output, in two steps: {@link #convert} reads and converts and writes nothing, so a
 * conversion that has timed out can be abandoned safely; {@link #commit} writes the output of a result
 * the batch has accepted. Files are read and converted by worker processes, or with no pool on the
 * calling thread (unprotected: a file that loops or exhausts the heap harms the whole run).
 */
final class FileConversion {

    /** The batch's side of one file's conversion. */
    interface Attempt {

        /** Told the input's SHA-256 as soon as it is known, for a report line on timeout. */
        void hashed(String sha256);

        /**
         * Sets what stops the conversion when the batch gives up on the file (null: nothing to stop);
         * run at once when it has already given up.
         */
        void onGiveUp(Runnable stop);

        /** The file waits for a worker process to start, which its time limit does not count. */
        void workerStarting();

        /** The worker process for the file has started: the file's time limit counts from now. */
        void workerReady();

        /** A conversion nothing watches: no time limit, no report line before it ends. */
        Attempt UNWATCHED = new Attempt() {
            @Override
            public void hashed(String sha256) {
            }

            @Override
            public void onGiveUp(Runnable stop) {
            }

            @Override
            public void workerStarting() {
            }

            @Override
            public void workerReady() {
            }
        };
    }

    private final Path outputDirectory;
    private final OutputState state;
    private final boolean force;
    private final boolean keepDocuments;
    private final String version;
    private final WorkerPool workers;

    /**
     * @param outputDirectory where outputs go, or null when nothing is written and nothing skipped
     * @param keepDocuments   whether results carry their JSON on, for stdout or the --jsonl file
     * @param workers         the worker processes that read the files, or null to read them in this JVM
     */
    FileConversion(Path outputDirectory, OutputState state, boolean force, boolean keepDocuments, String version,
                   WorkerPool workers) {
        this.outputDirectory = outputDirectory;
        this.state = state;
        this.force = force;
        this.keepDocuments = keepDocuments;
        this.version = version;
        this.workers = workers;
    }

    /** The input's result: up to date, converted, or failed with its reason. */
    FileResult convert(Input input, Attempt attempt) {
        if (input.problem() != null) {
            return input.passedOver()
                    ? new FileResult(input, null, Status.SKIPPED, input.problem(), 0, 0, 0, null, 0)
                    : FileResult.failed(input, null, input.problem());
        }
        String sha256 = null;
        try {
            Path output = outputOf(input);
            if (output != null && AtomicFiles.nameTooLong(output)) {
                return FileResult.failed(input, null, Failure.nameTooLong(input.outputName(), AtomicFiles.MOST_NAME_BYTES));
            }
            if (!Files.readAttributes(input.file(), BasicFileAttributes.class).isRegularFile()) {
                return FileResult.failed(input, null, Failure.notAFile(input.file()));
            }
            sha256 = Extraction.sha256(input.file());
            attempt.hashed(sha256);
            if (output != null && !force) {
                FileResult upToDate = upToDate(input, output, sha256);
                if (upToDate != null) {
                    return upToDate;
                }
            }
            Converted converted = read(input, sha256, attempt);
            if (converted.failure() != null) {
                return FileResult.failed(input, sha256, converted.failure());
            }
            return FileResult.converted(input, sha256, converted);
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

    /**
     * The file read and converted. Readers open files by their name as text (java.io.File), which
     * names another file or none when the name is not text in the JVM's charset (see {@link FileNames}):
     * such a file is read from a copy under a plain name with its extension, and named as perftable shows it.
     */
    private Converted read(Input input, String sha256, Attempt attempt) throws IOException {
        if (FileNames.faithful(input.file())) {
            return read(input.file(), input.name(), sha256, attempt);
        }
        Path directory = Files.createTempDirectory("perftable-");
        int dot = input.name().lastIndexOf('.');
        String extension = dot >= 0 && input.name().substring(dot).matches("\\.[A-Za-z0-9]{1,8}") ? input.name().substring(dot) : "";
        Path copy = directory.resolve("input" + extension);
        try {
            Files.copy(input.file(), copy);
            return read(copy, input.name(), sha256, attempt);
        } finally {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(directory);
        }
    }

    private Converted read(Path file, String name, String sha256, Attempt attempt) {
        return workers == null ? DocumentConversion.convert(file, name, sha256) : workers.convert(file, name, sha256, attempt);
    }

    /**
     * Writes an accepted result's output and records it in the state. A file whose bytes were read
     * and failed loses its earlier output, which came from other bytes or an earlier version and would
     * otherwise pass for its current one.
     */
    FileResult commit(FileResult result) {
        Path output = outputOf(result.input());
        if (output == null || result.input().problem() != null) {
            return keepDocuments ? result : result.withoutDocument();
        }
        try {
            if (result.status() == Status.FAILED) {
                return result.sha256() == null ? result : removeEarlierOutput(result, output);
            }
            if (result.status() != Status.SKIPPED) {
                byte[] bytes = result.document();
                AtomicFiles.write(output, bytes);
                state.put(result.input().outputName(), new OutputState.Entry(result.sha256(), version, OutputState.hashOf(bytes)));
            }
        } catch (IOException e) {
            return FileResult.failed(result.input(), result.sha256(), Failure.unwritable(output, e));
        }
        return keepDocuments ? result : result.withoutDocument();
    }

    private FileResult removeEarlierOutput(FileResult result, Path output) throws IOException {
        state.remove(result.input().outputName());
        if (!Files.deleteIfExists(output)) {
            return result;
        }
        Failure error = result.error();
        return FileResult.failed(result.input(), result.sha256(), new Failure(error.code(),
                error.message() + "; its earlier output " + result.input().outputName() + " was removed"));
    }

    /**
     * The existing output, when it is the one this version wrote from these very bytes: the state has
     * its entry, with this input hash and version, the output's bytes still have the hash recorded, and
     * they parse as a filing of this input that the schema accepts. Anything else is converted again.
     */
    private FileResult upToDate(Input input, Path output, String sha256) throws IOException {
        OutputState.Entry entry = state.get(input.outputName());
        if (entry == null || !entry.sha256().equals(sha256) || !entry.version().equals(version)) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(output);
        } catch (NoSuchFileException e) {
            state.remove(input.outputName());
            return null;
        }
        if (!OutputState.hashOf(bytes).equals(entry.output())) {
            return null; // edited, cut short or replaced since it was written
        }
        JsonNode filing;
        try {
            filing = FilingJson.mapper().readTree(bytes);
        } catch (JacksonException e) {
            return null;
        }
        if (!sha256.equals(filing.at("/source/sha256").asText()) || !OutputSchema.accepts(filing)) {
            return null;
        }
        return FileResult.upToDate(input, sha256, filing, bytes);
    }

    private Path outputOf(Input input) {
        return outputDirectory == null ? null : input.output(outputDirectory);
    }
}
