package org.perftable.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The expected JSON of every sample filing, as the tables are loaded from. */
final class Samples {

    /** {@code samples/} beside this module: Maven runs tests in the module directory. */
    static final Path DIRECTORY = Path.of("..", "samples").toAbsolutePath().normalize();

    private Samples() {
    }

    static List<Path> jsonFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(DIRECTORY)) {
            // expected outputs only: the generated filings keep their truth as .truth.json beside them
            return walk.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".truth.json"))
                    .sorted().toList();
        }
    }

    /**
     * Every sample's filing, its source.file made its path under samples/ (seeds/000.txt), as a load of
     * the samples converted from their directory would name them: the bare names repeat across formats'
     * directories only in the extension, but a path is what a load keys on.
     */
    static List<JsonNode> filings() throws IOException {
        List<JsonNode> filings = new ArrayList<>();
        for (Path file : jsonFiles()) {
            JsonNode filing = FilingRows.JSON.readTree(file.toFile());
            String name = DIRECTORY.relativize(file).toString().replaceFirst("\\.json$", "");
            ((com.fasterxml.jackson.databind.node.ObjectNode) filing.get("source")).put("file", name);
            filings.add(filing);
        }
        return filings;
    }
}
