package org.perftable.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code perftable.jar}, run as users run it, converts one sample of every format to
 * its expected JSON with nothing on stderr (with --quiet, which leaves out progress and summary):
 * shading must keep the libraries' service files, and library logging must stay quiet.
 */
class PackagedJarIT {

    private static final Path SAMPLES = Path.of("..", "samples").toAbsolutePath().normalize();
    private static final Path JAR = Path.of("target", "perftable.jar").toAbsolutePath();

    @Test
    void convertsEveryFormat(@TempDir Path out) throws IOException, InterruptedException {
        List<Path> inputs = List.of(SAMPLES.resolve("seeds/002.txt"), SAMPLES.resolve("office/002.docx"),
                SAMPLES.resolve("office/002.doc"), SAMPLES.resolve("office/002.xlsx"),
                SAMPLES.resolve("office/002.xls"), SAMPLES.resolve("pdf/002.writer.pdf"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString(), "extract"));
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
}
