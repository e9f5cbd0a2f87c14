package org.perftable.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code perftable.jar}, run as users run it — by the launcher beside it, with its JVM
 * options and class-data archive, and by {@code java -jar} — converts one sample of every format to
 * its expected JSON with nothing on stderr (with --quiet, which leaves out progress and summary):
 * shading must keep the libraries' service files, library logging must stay quiet, and the JVM's own
 * messages must never reach the JSON on stdout.
 */
class PackagedJarIT {

    private static final Path SAMPLES = Path.of("..", "samples").toAbsolutePath().normalize();
    private static final Path JAR = Path.of("target", "perftable.jar").toAbsolutePath();
    private static final Path LAUNCHER = Path.of("target", "perftable").toAbsolutePath();

    static List<List<String>> commands() {
        return List.of(List.of(LAUNCHER.toString()),
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void convertsEveryFormat(List<String> perftable, @TempDir Path out) throws IOException, InterruptedException {
        List<Path> inputs = List.of(SAMPLES.resolve("seeds/002.txt"), SAMPLES.resolve("office/002.docx"),
                SAMPLES.resolve("office/002.doc"), SAMPLES.resolve("office/002.xlsx"),
                SAMPLES.resolve("office/002.xls"), SAMPLES.resolve("pdf/002.writer.pdf"));
        List<String> command = new ArrayList<>(perftable);
        command.add("extract");
        // each input as its directory's only file taken, so that source.file is its bare name, as expected
        inputs.stream().map(Path::getParent).distinct().forEach(dir -> command.add(dir.toString()));
        inputs.forEach(p -> command.addAll(List.of("--include", p.getFileName().toString())));
        command.addAll(List.of("-o", out.toString(), "--quiet"));
        Path stderr = out.resolve("stderr.txt");
        Process process = new ProcessBuilder(command).redirectError(stderr.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();

        assertEquals(0, process.waitFor());
        assertEquals("", Files.readString(stderr));
        for (Path input : inputs) {
            String name = input.getFileName() + ".json";
            assertEquals(Files.readString(input.resolveSibling(name)), Files.readString(out.resolve(name)), name);
        }
    }

    @ParameterizedTest
    @MethodSource("commands")
    void writesOnlyTheFilingToStdout(List<String> perftable, @TempDir Path out) throws IOException, InterruptedException {
        Path input = SAMPLES.resolve("seeds/002.txt");
        List<String> command = new ArrayList<>(perftable);
        command.addAll(List.of("extract", "002.txt", "--quiet"));
        Path stdout = out.resolve("stdout.json");
        Process process = new ProcessBuilder(command).directory(input.getParent().toFile())
                .redirectOutput(stdout.toFile()).redirectError(out.resolve("stderr.txt").toFile()).start();

        assertEquals(0, process.waitFor());
        assertEquals(Files.readString(input.resolveSibling("002.txt.json")), Files.readString(stdout));
        assertEquals("", Files.readString(out.resolve("stderr.txt")));
    }
}
