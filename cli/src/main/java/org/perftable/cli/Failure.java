package org.perftable.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
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

    static final String DANGLING_LINK = "dangling_link";
    static final String LINK_LOOP = "link_loop";
    static final String INTERRUPTED = "interrupted";

    /** A symbolic link in an input directory whose target is not there: passed over, not failed. */
    static Failure danglingLink(Path link) {
        String target;
        try {
            target = FileNames.text(Files.readSymbolicLink(link));
        } catch (IOException | UnsupportedOperationException e) {
            target = "?";
        }
        return new Failure(DANGLING_LINK, "passed over: a symbolic link to " + target + ", which is not there");
    }

    /** A symbolic link to a directory that holds the link: followed once, not round the loop. */
    static Failure linkLoop(Path link) {
        return new Failure(LINK_LOOP, "passed over: a symbolic link back to a directory that holds it (a loop)");
    }

    /** A directory of an input tree that could not be listed; the files around it still are. */
    static Failure unreadableDirectory(IOException e) {
        if (e instanceof FileSystemException fs && fs.getReason() != null && fs.getReason().contains("name too long")) {
            return new Failure("path_too_long", "cannot list this directory: its path is longer than the system allows ("
                    + fs.getReason() + ")");
        }
        return new Failure("unreadable_directory", "cannot list this directory: " + reason(e));
    }

    /** Why an I/O operation failed, in words: the system's reason, or the kind of failure. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return oneLine(String.valueOf(e.getMessage()));
    }

    static Failure of(UnreadableFileException e) {
        return new Failure(e.code(), e.getMessage());
    }

    static Failure unreadable(IOException e) {
        return new Failure("io_error", "cannot read: " + reason(e));
    }

    /** An input that is no regular file: a named pipe or a device would block the read or never end it. */
    static Failure notAFile(Path file) {
        return new Failure("io_error", "cannot read: not a regular file but " + kindOf(file));
    }

    private static String kindOf(Path file) {
        try {
            return switch ((Integer) Files.getAttribute(file, "unix:mode") & 0170000) {
                case 0010000 -> "a named pipe (FIFO)";
                case 0140000 -> "a socket";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0040000 -> "a directory";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "a special file"; // no unix view of the file system: its kind is not known
        }
    }

    /** An input whose output name is longer than a file name may be. */
    static Failure nameTooLong(String outputName, int mostBytes) {
        return new Failure("name_too_long", "its output name " + outputName + " (with its temporary name) is longer than the "
                + mostBytes + " bytes a file name may have: rename the input");
    }

    /** A file not converted because the run was ended by a signal. */
    static Failure interrupted(String signal) {
        return new Failure(INTERRUPTED, "not converted: the run was ended by " + signal);
    }

    static Failure vanished() {
        return new Failure("file_vanished", "no such file: deleted or moved before it could be read");
    }

    static Failure unwritable(Path output, IOException e) {
        return new Failure("write_failed", "cannot write " + FileNames.text(output) + ": " + oneLine(String.valueOf(e.getMessage())));
    }

    static Failure timeout(Duration limit) {
        return new Failure("timeout", "no result within " + limit.toSeconds()
                + " s: stopped so the batch goes on (raise --timeout for a file that is just very large)");
    }

    static Failure outOfMemory() {
        return new Failure("out_of_memory", "ran out of memory while reading it: the worker was stopped "
                + "(--worker-heap sets its heap)");
    }

    /** A worker process that ended without an answer, and not for lack of memory: a defect, please report it. */
    static Failure workerDied(String how) {
        return new Failure("internal_error", "internal error: the worker process converting it " + how);
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
