package org.perftable.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.perftable.filing.Filing;
import org.perftable.filing.FilingJson;
import org.perftable.read.UnreadableFileException;

/**
 * One file read and converted in this JVM, every failure turned into its code: what a worker process
 * runs for each request, and what {@code --in-process} runs on the batch's own threads.
 */
final class DocumentConversion {

    private DocumentConversion() {
    }

    /** @param name the file as {@code source.file} names it: relative to its input directory, or as given */
    static Converted convert(Path file, String name, String sha256) {
        try {
            // an Extraction per file: conversions running at the same time share no normalizer state
            Filing filing = new Extraction().extract(file, name, sha256);
            return Converted.of(filing, FilingJson.toJson(filing).getBytes(StandardCharsets.UTF_8));
        } catch (UnreadableFileException e) {
            return Converted.failed(Files.exists(file) ? Failure.of(e) : Failure.vanished());
        } catch (NoSuchFileException e) {
            return Converted.failed(Failure.vanished());
        } catch (IOException e) {
            return Converted.failed(Files.exists(file) ? Failure.unreadable(e) : Failure.vanished());
        } catch (OutOfMemoryError e) {
            return Converted.failed(Failure.outOfMemory());
        } catch (StackOverflowError e) {
            return Converted.failed(Failure.stackOverflow());
        } catch (RuntimeException e) {
            return Converted.failed(Failure.internal(e));
        }
    }
}
