package org.perftable.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.perftable.filing.FilingJson;

/**
 * {@code DIR/.perftable-state.json}: for each output in the output directory, the SHA-256 of the
 * input it was converted from and the perftable version that wrote it. The filing schema has no
 * place for a tool version, so it is kept here; the input's hash is also in the output itself.
 *
 * <p>An entry is added only after its output has been renamed into place, and the file is saved
 * atomically (at most once a second while files complete, and at the end of the run), so a run
 * killed at any moment leaves no entry for an output that is not there. The state is a cache: a
 * missing or damaged state file only means that outputs are checked by their {@code source.sha256}.
 */
final class OutputState {

    static final String FILE_NAME = ".perftable-state.json";

    private static final long SAVE_INTERVAL_NANOS = 1_000_000_000L;

    /** What wrote one output. */
    record Entry(String sha256, String version) {
    }

    private final Path file;
    private final Map<String, Entry> entries;
    private long lastSaved = System.nanoTime();

    private OutputState(Path file, Map<String, Entry> entries) {
        this.file = file;
        this.entries = entries;
    }

    /** Reads the state of an output directory and saves it back, which proves the directory takes files. */
    static OutputState open(Path directory) throws IOException {
        Path file = directory.resolve(FILE_NAME);
        Map<String, Entry> entries = new TreeMap<>();
        if (Files.exists(file)) {
            try {
                Map<String, Entry> saved = FilingJson.mapper().readValue(Files.readAllBytes(file),
                        new TypeReference<Map<String, Entry>>() {
                        });
                if (saved != null) {
                    entries.putAll(saved);
                }
            } catch (JacksonException e) {
                // a damaged state: every existing output is checked by its source.sha256 alone
            }
        }
        OutputState state = new OutputState(file, entries);
        state.save();
        return state;
    }

    /** The entry for an output, keyed by its path relative to the output directory, or null. */
    synchronized Entry get(String outputName) {
        return entries.get(outputName);
    }

    /** Records an output now in place; saves when the last save is a second old. */
    synchronized void put(String outputName, Entry entry) {
        entries.put(outputName, entry);
        if (System.nanoTime() - lastSaved >= SAVE_INTERVAL_NANOS) {
            try {
                save();
            } catch (IOException e) {
                // the output itself is written; the save at the end of the run retries and reports it
            }
        }
    }

    /** Forgets an output that is not there (deleted since the state was saved). */
    synchronized void remove(String outputName) {
        entries.remove(outputName);
    }

    synchronized void save() throws IOException {
        AtomicFiles.write(file, FilingJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(entries));
        lastSaved = System.nanoTime();
    }
}
