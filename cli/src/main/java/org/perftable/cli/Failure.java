package org.perftable.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.perftable.read.UnreadableFileException;

/**
 * Why an input has no output: a stable code for scripts and one line for a person. Readers supply
 * their own codes (empty_file, unsupported_format, corrupt_file, encrypted, zip_bomb, no_text_layer,
 * undecodable_text); the codes made here are for what happens around a reader.
 */
@JsonPropertyOrder({"code", "message"})
record Failure(String code, String message) {

    static Failure of(UnreadableFileException e) {
        return new Failure(e.code(), e.getMessage());
    }

    static Failure unreadable(IOException e) {
        return new Failure("io_error", "cannot read: " + oneLine(String.valueOf(e.getMessage())));
    }

    static Failure vanished() {
        return new Failure("file_vanished", "no such file: deleted or moved before it could be read");
    }

    static Failure unwritable(Path output, IOException e) {
        return new Failure("write_failed", "cannot write " + output + ": " + oneLine(String.valueOf(e.getMessage())));
    }

    static Failure timeout(Duration limit) {
        return new Failure("timeout", "no result within " + limit.toSeconds()
                + " s: stopped so the batch goes on (raise --timeout for a file that is just very large)");
    }

    static Failure outOfMemory() {
        return new Failure("out_of_memory", "ran out of memory while reading it (a larger -Xmx may help)");
    }

    static Failure stackOverflow() {
        return new Failure("stack_overflow", "nested too deeply to read (the stack overflowed)");
    }

    /** A defect, not bad input: the exception and where it was thrown, on one line. */
    static Failure internal(Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        return new Failure("internal_error", "internal error: " + oneLine(e.toString())
                + (trace.length > 0 ? " at " + trace[0] : ""));
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
