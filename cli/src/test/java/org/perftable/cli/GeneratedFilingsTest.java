package org.perftable.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perftable.samplegen.Variant;
import org.perftable.samplegen.VariantGenerator;

/**
 * Filings drawn by the variant generator (a fixed seed, so every run draws the same ones), each
 * written as a text export, a DOCX and an XLSX and converted by {@code perftable extract}, give every
 * fact of their truth and no indicator the truth does not hold. Prints counts by family, format and
 * feature, the kinds of failure, and the first failing files.
 */
class GeneratedFilingsTest {

    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private static final long SEED = 20_251_130L;
    private static final int FILINGS = 300;

    @Test
    void everyGeneratedFilingGivesItsTruth(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path out = dir.resolve("out");
        List<Variant> variants = new VariantGenerator(SEED).next("g", FILINGS);
        variants.parallelStream().forEach(variant -> write(variant, in));
        PerftableCommand.run("extract", in.toString(), "-o", out.toString(), "--quiet");

        CheckTally tally = new CheckTally();
        TruthCheck check = new TruthCheck(false);
        for (Variant variant : variants) {
            JsonNode truth = JSON.readTree(variant.truthJson());
            for (Variant.Format format : Variant.Format.values()) {
                String file = variant.truth().name() + "." + format.extension;
                tally.add(file, format.extension, truth, check.check(truth, output(out.resolve(file + ".json"))));
            }
        }
        String summary = tally.summary("generated filings (seed " + SEED + ")");
        System.out.println(summary);
        assertEquals(java.util.Set.of(), tally.failedFiles(),
                "generated files that do not give their truth (summary on stdout)");
    }

    /** Writes a filing in every format; the files are independent, so they are written in parallel. */
    private static void write(Variant variant, Path dir) {
        try {
            for (Variant.Format format : Variant.Format.values()) {
                variant.write(dir, format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The output filing, or an empty one when the file failed to convert (every fact then missing). */
    static JsonNode output(Path json) throws IOException {
        return Files.exists(json) ? JSON.readTree(json.toFile()) : JSON.createObjectNode();
    }
}
