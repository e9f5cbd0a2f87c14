package org.perftable.filing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes filings as canonical JSON: record order for keys, insertion order for maps, exact decimals,
 * two-space indent and a final newline, so the same filing always gives the same bytes. Every record is
 * written with its {@link RecordIds id} first, every warning with the id of the record it concerns.
 */
public final class FilingJson {

    /**
     * Filings are read back by the tool that wrote them (to count a worker's forms, to check an output
     * before skipping its input), so any text a reader let through must be read back: Jackson's default
     * cap of 20 million characters per string would fail a cell that {@code --max-cell-text} allows.
     */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
            .build();

    private static final ObjectMapper MAPPER = RecordIdProperties.addTo(JsonMapper.builder(FACTORY)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS))
            .build();

    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n")));

    private FilingJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String toJson(Filing filing) {
        try {
            return WRITER.withAttribute(RecordIds.class, RecordIds.of(filing)).writeValueAsString(filing) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise filing", e);
        }
    }

    public static void write(Filing filing, OutputStream out) throws IOException {
        out.write(toJson(filing).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
