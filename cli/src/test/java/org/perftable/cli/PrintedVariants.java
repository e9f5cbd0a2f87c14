package org.perftable.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A directory of generated filings printed to PDF ({@code vNNNN.writer.pdf}, {@code vNNNN.calc.pdf}
 * beside {@code vNNNN.truth.json}), converted in one run and each held to its truth.
 */
final class PrintedVariants {

    /** One PDF's outcome against its truth, with the producer that printed it (writer or calc). */
    record Checked(String name, String producer, JsonNode truth, TruthCheck.Outcome outcome) {
    }

    private PrintedVariants() {
    }

    /** Converts every PDF of {@code dir} into {@code out} and checks each against its truth, texts compared without whitespace. */
    static List<Checked> check(Path dir, Path out) throws IOException {
        List<Path> pdfs;
        try (Stream<Path> files = Files.list(dir)) {
            pdfs = files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        assertTrue(pdfs.size() >= 60, "at least 30 filings, each printed by Writer and by Calc");
        List<String> args = new ArrayList<>(List.of("extract", "--quiet", "-o", out.toString()));
        pdfs.forEach(pdf -> args.add(pdf.toString()));
        PerftableCommand.run(args.toArray(String[]::new));

        TruthCheck check = new TruthCheck(true);
        List<Checked> checked = new ArrayList<>();
        for (Path pdf : pdfs) {
            String name = pdf.getFileName().toString();
            String base = name.substring(0, name.indexOf('.'));
            JsonNode truth = GeneratedFilingsTest.JSON.readTree(dir.resolve(base + ".truth.json").toFile());
            checked.add(new Checked(name, name.substring(base.length() + 1), truth,
                    check.check(truth, GeneratedFilingsTest.output(out.resolve(name + ".json")))));
        }
        return checked;
    }
}
