package org.perftable.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
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
        CheckTally tally = new CheckTally();
        for (PrintedVariants.Checked pdf : PrintedVariants.check(VARIANTS, out)) {
            tally.add(pdf.name(), pdf.producer(), pdf.truth(), pdf.outcome());
        }
        System.out.println(tally.summary("generated filings printed to PDF"));
        assertEquals(java.util.Set.of(), tally.failedFiles(),
                "PDFs that do not give their truth (summary on stdout)");
    }
}
