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
        List<String> wrong = new ArrayList<>();
        int missing = 0;
        for (Path pdf : pdfs) {
            String name = pdf.getFileName().toString();
            String base = name.substring(0, name.indexOf('.'));
            JsonNode truth = GeneratedFilingsTest.JSON.readTree(VARIANTS.resolve(base + ".truth.json").toFile());
            TruthCheck.Outcome outcome = check.check(truth, GeneratedFilingsTest.output(out.resolve(name + ".json")));
            tally.add(name, name.substring(base.length() + 1), truth, outcome);
            for (TruthCheck.Problem problem : outcome.problems()) {
                if (problem.wrong()) {
                    wrong.add(name + ": " + problem.message());
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
