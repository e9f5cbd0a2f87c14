package org.perftable.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated filings of {@code samples/variants/} again, written without any cell border and
 * printed to PDF by LibreOffice Writer and Calc ({@code samples/generate-variants.sh --borderless}),
 * in {@code samples/variants-borderless/}. Their tables draw no ruling, so they are read from the
 * alignment of their text or, where that reading is in doubt, left as text: facts may be missing,
 * but no fact may be wrong (no indicator the truth does not hold, no wrong value of any kind). How
 * many facts they give is printed, to follow as the reading of such tables improves.
 */
class BorderlessPdfsTest {

    private static final Path VARIANTS = Path.of("..", "samples", "variants-borderless").toAbsolutePath().normalize();

    @Test
    void noPrintedBorderlessVariantGivesAWrongFact(@TempDir Path out) throws IOException {
        CheckTally tally = new CheckTally();
        List<String> wrong = new ArrayList<>();
        int missing = 0;
        for (PrintedVariants.Checked pdf : PrintedVariants.check(VARIANTS, out)) {
            tally.add(pdf.name(), pdf.producer(), pdf.truth(), pdf.outcome());
            for (TruthCheck.Problem problem : pdf.outcome().problems()) {
                if (problem.wrong()) {
                    wrong.add(pdf.name() + ": " + problem.message());
                } else {
                    missing++;
                }
            }
        }
        System.out.println(tally.summary("generated filings without borders printed to PDF"));
        System.out.println("facts missing: " + missing + ", wrong: " + wrong.size());
        assertEquals(List.of(), wrong, "wrong facts from borderless PDFs (a missing fact is allowed, a wrong one is not)");
    }
}
