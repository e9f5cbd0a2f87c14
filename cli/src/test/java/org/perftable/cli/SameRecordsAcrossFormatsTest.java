package org.perftable.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.perftable.filing.FilingJson;

/**
 * A filing gives the same records whatever format it was filed in: the forms read from each Word and
 * Excel version of a seed equal the forms read from the seed's text export, to the last field, and
 * the forms of each version written without any borders equal those of its ruled twin.
 */
class SameRecordsAcrossFormatsTest {

    private static final Path SAMPLES = Path.of("..", "samples").toAbsolutePath().normalize();

    static List<Path> seeds() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES.resolve("seeds"))) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyFormatOfASeedGivesTheSeedsForms(Path seed, @TempDir Path out) throws IOException {
        String base = seed.getFileName().toString().replaceFirst("\\.txt$", "");
        JsonNode expected = forms(seed.resolveSibling(seed.getFileName() + ".json"));
        List<Path> versions;
        try (Stream<Path> files = Files.list(SAMPLES.resolve("office"))) {
            versions = files.filter(p -> p.getFileName().toString().matches(base + "\\.(docx|doc|xlsx|xls)"))
                    .sorted().toList();
        }
        assertEquals(4, versions.size(), "DOCX, DOC, XLSX and XLS versions of " + base);
        for (Path version : versions) {
            assertEquals(0, PerftableCommand.run("extract", version.toString(), "-o", out.toString(), "--in-process"));
            JsonNode actual = forms(out.resolve(version.getFileName() + ".json"));
            assertFalse(actual.isEmpty());
            assertEquals(expected, actual, version.getFileName() + " against " + seed.getFileName());
        }
    }

    static List<Path> borderless() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES.resolve("borderless"))) {
            return files.filter(p -> p.getFileName().toString().matches("\\d+\\.(docx|xlsx|xls)")).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("borderless")
    void aVersionWithoutBordersGivesItsRuledTwinsForms(Path version, @TempDir Path out) throws IOException {
        Path twin = SAMPLES.resolve("office").resolve(version.getFileName());
        assertEquals(0, PerftableCommand.run("extract", twin.toString(), "-o", out.resolve("ruled").toString()));
        assertEquals(0, PerftableCommand.run("extract", version.toString(), "-o", out.resolve("borderless").toString()));
        JsonNode ruled = forms(out.resolve("ruled").resolve(version.getFileName() + ".json"));
        assertFalse(ruled.isEmpty());
        assertEquals(ruled, forms(out.resolve("borderless").resolve(version.getFileName() + ".json")),
                version.getFileName() + " without borders against its ruled twin");
    }

    private static JsonNode forms(Path json) throws IOException {
        return FilingJson.mapper().readTree(json.toFile()).get("forms");
    }
}
