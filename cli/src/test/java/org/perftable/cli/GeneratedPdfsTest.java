package org.perftable.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated filings in {@code samples/variants/}, printed to PDF by LibreOffice Writer and Calc
 * ({@code samples/generate-variants.sh}), give every fact of their truth and no indicator the truth
 * does not hold. Texts are compared with whitespace left out: a PDF breaks lines where its cells end,
 * and wrapped lines join without the spaces a text export keeps.
 */
class GeneratedPdfsTest {

    private static final Path VARIANTS = Path.of("..", "samples", "variants").toAbsolutePath().normalize();

    @Test
    void everyPrintedVariantGivesItsTruth(@TempDir Path out) throws IOException {
        List<Path> pdfs;
        try (Stream<Path> files = Files.list(VARIANTS)) {
            pdfs = files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        assertTrue(pdfs.size() >= 60, "at least 30 filings, each printed by Writer and by Calc");
        List<String> args = new ArrayList<>(List.of("extract", "--quiet", "-o", out.toString()));
        pdfs.forEach(pdf -> args.add(pdf.toString()));
        PerftableCommand.run(args.toArray(String[]::new));

        CheckTally tally = new CheckTally();
        TruthCheck check = new TruthCheck(true);
        for (Path pdf : pdfs) {
            String name = pdf.getFileName().toString();
            String base = name.substring(0, name.indexOf('.'));
            JsonNode truth = GeneratedFilingsTest.JSON.readTree(VARIANTS.resolve(base + ".truth.json").toFile());
            tally.add(name, name.substring(base.length() + 1), truth,
                    check.check(truth, GeneratedFilingsTest.output(out.resolve(name + ".json"))));
        }
        System.out.println(tally.summary("generated filings printed to PDF"));
        assertEquals(java.util.Set.of(), tally.failedFiles(),
                "PDFs that do not give their truth (summary on stdout)");
    }
}
