package org.perftable.samplegen;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.perftable.samplegen.OfficeSamples.Part;

/** A generated filing: its printed pages and its truth, written as a text export, DOCX or XLSX. */
public final class Variant {

    /** The formats a variant is written in; the file name ends with the extension. */
    public enum Format {
        TXT("txt"), DOCX("docx"), XLSX("xlsx");

        public final String extension;

        Format(String extension) {
            this.extension = extension;
        }
    }

    private static final ObjectMapper TRUTH_JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private final Truth truth;
    private final List<List<Part>> pages;

    Variant(Truth truth, List<List<Part>> pages) {
        this.truth = truth;
        this.pages = pages;
    }

    public Truth truth() {
        return truth;
    }

    /** The truth as written beside the filing. */
    public String truthJson() {
        try {
            return TRUTH_JSON.writeValueAsString(truth) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the filing as {@code dir/<name>.<extension>}, its tables ruled, and returns its path. */
    public Path write(Path dir, Format format) throws IOException {
        return write(dir, format, true);
    }

    /**
     * Writes the filing as {@code dir/<name>.<extension>} and returns its path; {@code ruled} false
     * leaves the DOCX and XLSX tables without any border (a text export has none either way).
     */
    public Path write(Path dir, Format format, boolean ruled) throws IOException {
        Path file = dir.resolve(truth.name() + "." + format.extension);
        switch (format) {
            case TXT -> Files.writeString(file, new TextExportWriter().write(pages), StandardCharsets.UTF_8);
            case DOCX -> {
                try (OutputStream out = Files.newOutputStream(file)) {
                    new DocxWriter(ruled).write(pages, out);
                }
            }
            case XLSX -> {
                try (OutputStream out = Files.newOutputStream(file)) {
                    new XlsxWriter(ruled).write(pages, out);
                }
            }
        }
        return file;
    }

    /** Writes {@code dir/<name>.truth.json}. */
    public Path writeTruth(Path dir) throws IOException {
        Path file = dir.resolve(truth.name() + ".truth.json");
        Files.writeString(file, truthJson(), StandardCharsets.UTF_8);
        return file;
    }
}
