package org.perftable.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.perftable.filing.FilingJson;

/**
 * A JSON Lines file written as a run goes: the lines go to the target's temporary file, which
 * {@link #commit()} renames over the target, so the target only ever holds a whole run's lines.
 */
final class JsonLinesFile implements Closeable {

    private final Path target;
    private final Path temp;
    private final BufferedWriter out;
    private boolean committed;

    JsonLinesFile(Path target) throws IOException {
        this.target = target;
        this.temp = AtomicFiles.temporaryOf(target);
        Files.createDirectories(target.toAbsolutePath().getParent());
        AtomicFiles.removeStale(target.toAbsolutePath().getParent(), target);
        this.out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
    }

    /** One value as one line of compact JSON. */
    void append(Object value) throws IOException {
        out.write(FilingJson.mapper().writeValueAsString(value));
        out.write('\n');
    }

    /**
     * A JSON document as one line: the same tokens, compact. Numbers are copied exactly, so an amount
     * printed {@code 12.50} stays {@code 12.50}.
     */
    void appendDocument(byte[] json) throws IOException {
        StringWriter line = new StringWriter();
        try (JsonParser parser = FilingJson.mapper().createParser(json);
             JsonGenerator generator = FilingJson.mapper().createGenerator(line)) {
            parser.nextToken();
            generator.copyCurrentStructureExact(parser);
        }
        out.write(line.toString());
        out.write('\n');
    }

    void commit() throws IOException {
        out.close();
        AtomicFiles.replace(temp, target);
        committed = true;
    }

    /** Without a commit, drops the lines: the target keeps what the last whole run wrote. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            out.close();
            Files.deleteIfExists(temp);
        }
    }
}
