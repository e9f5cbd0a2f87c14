package org.perftable.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.perftable.filing.FilingSchema;

/**
 * Every sample filing converts, through the command line, to exactly its expected JSON (reviewed by
 * hand against the filing), and every output is valid against the published schema.
 */
class SamplesTest {

    /** {@code samples/} beside this module: Maven runs tests in the module directory. */
    private static final Path SAMPLES = Path.of("..", "samples").toAbsolutePath().normalize();
    /**
     * One JVM for a hundred single-file runs: worker processes would each start cold. The workers give
     * the same bytes: {@code hostile.CascadeTest} and {@code HostileInputsTest} compare theirs with the
     * expected files.
     */
    private static final String IN_PROCESS = "--in-process";

    static List<Path> samples() throws IOException {
        try (Stream<Path> walk = Files.walk(SAMPLES)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.toString().endsWith(".json") && Files.exists(expectedOf(p)))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void everySeedFilingHasASample() throws IOException {
        assertEquals(5, samples().stream().filter(p -> p.getParent().endsWith("seeds")).count());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void convertsToItsExpectedJson(Path sample, @TempDir Path out) throws IOException {
        assertEquals(0, extract(sample, out));
        String actual = Files.readString(out.resolve(sample.getFileName() + ".json"));
        assertEquals(Files.readString(expectedOf(sample)), actual, "output of " + SAMPLES.relativize(sample));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void expectedJsonIsValidAgainstTheSchema(Path sample) throws IOException {
        List<String> violations = FilingSchema.violations(Files.readString(expectedOf(sample)));
        assertEquals(List.of(), violations, SAMPLES.relativize(sample).toString());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void sameInputGivesTheSameBytes(Path sample, @TempDir Path out) throws IOException {
        Path first = out.resolve("first");
        Path second = out.resolve("second");
        assertEquals(0, extract(sample, first));
        assertEquals(0, extract(sample, second));
        byte[] bytes = Files.readAllBytes(first.resolve(sample.getFileName() + ".json"));
        assertFalse(bytes.length == 0);
        assertEquals(new String(bytes, java.nio.charset.StandardCharsets.UTF_8),
                Files.readString(second.resolve(sample.getFileName() + ".json")));
    }

    /** Converts the sample as its directory's only input, so that {@code source.file} is its bare name. */
    private static int extract(Path sample, Path out) {
        return PerftableCommand.run("extract", sample.getParent().toString(), "--include", sample.getFileName().toString(),
                "-o", out.toString(), IN_PROCESS);
    }

    private static Path expectedOf(Path sample) {
        return sample.resolveSibling(sample.getFileName() + ".json");
    }
}
