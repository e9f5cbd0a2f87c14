package org.perftable.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.perftable.filing.FilingJson;

/**
 * {@code DIR/.perftable-state.json}: for each output in the output directory, the SHA-256 of the
 * input it was converted from, the perftable version that wrote it, and the SHA-256 of the output's
 * own bytes. The filing schema has no place for a tool version, so it is kept here; the output's hash
 * is what shows that a file under the output's name is still the one written (not edited, cut short
 * or a stub).
 *
 * <p>An entry is recorded only after its output has been renamed into place, first as a line of the
 * journal beside the state ({@code .perftable-state.journal}, appended per output), then in the state
 * file itself, written atomically at the end of the run, when the journal goes. A run killed at any
 * moment so leaves an entry for every output it finished, and none for an output that is not there.
 * An output without an entry is converted again.
 */
final class OutputState {

    static final String FILE_NAME = ".perftable-state.json";
    static final String JOURNAL_NAME = ".perftable-state.journal";

    /** What wrote one output: its input's hash, the version, and the output's own hash. */
    record Entry(String sha256, String version, String output) {
    }

    /** One journal line: an output recorded, or forgotten (entry null). */
    private record Change(String name, Entry entry) {
    }

    private final Path file;
    private final Path journalFile;
    private final Map<String, Entry> entries;
    private BufferedWriter journal;

    private OutputState(Path file, Path journalFile, Map<String, Entry> entries) {
        this.file = file;
        this.journalFile = journalFile;
        this.entries = entries;
    }

    /**
     * Reads the state of an output directory, with what a killed run's journal adds, and saves it
     * back, which proves the directory takes files.
     */
    static OutputState open(Path directory) throws IOException {
        Path file = directory.resolve(FILE_NAME);
        Path journalFile = directory.resolve(JOURNAL_NAME);
        Map<String, Entry> entries = new TreeMap<>();
        if (Files.exists(file)) {
            try {
                Map<String, Entry> saved = FilingJson.mapper().readValue(Files.readAllBytes(file),
                        new TypeReference<Map<String, Entry>>() {
                        });
                if (saved != null) {
                    saved.forEach((name, entry) -> {
                        if (entry != null && entry.output() != null) {
                            entries.put(name, entry);
                        }
                    });
                }
            } catch (JacksonException e) {
                // a damaged state: every existing output is converted again
            }
        }
        try {
            for (String line : Files.readAllLines(journalFile, StandardCharsets.UTF_8)) {
                try {
                    Change change = FilingJson.mapper().readValue(line, Change.class);
                    if (change.entry() == null) {
                        entries.remove(change.name());
                    } else {
                        entries.put(change.name(), change.entry());
                    }
                } catch (JacksonException e) {
                    break; // the line a kill cut short, and nothing after it
                }
            }
        } catch (NoSuchFileException e) {
            // no run was killed here
        }
        OutputState state = new OutputState(file, journalFile, entries);
        state.save();
        return state;
    }

    /** The SHA-256 of an output's bytes, in hex. */
    static String hashOf(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The entry for an output, keyed by its path relative to the output directory, or null. */
    synchronized Entry get(String outputName) {
        return entries.get(outputName);
    }

    /** Records an output now in place. */
    synchronized void put(String outputName, Entry entry) throws IOException {
        entries.put(outputName, entry);
        log(new Change(outputName, entry));
    }

    /** Forgets an output that is not there, or no longer the current one. */
    synchronized void remove(String outputName) throws IOException {
        if (entries.remove(outputName) != null) {
            log(new Change(outputName, null));
        }
    }

    private void log(Change change) throws IOException {
        if (journal == null) {
            journal = Files.newBufferedWriter(journalFile, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        journal.write(FilingJson.mapper().writeValueAsString(change));
        journal.write('\n');
        journal.flush();
    }

    /** Writes the whole state and drops the journal, which it now holds. */
    synchronized void save() throws IOException {
        AtomicFiles.write(file, FilingJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(entries));
        if (journal != null) {
            journal.close();
            journal = null;
        }
        Files.deleteIfExists(journalFile);
    }
}
