package org.perftable.cli.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input trees as operators leave them: reached through symbolic links, with links to nothing, links
 * round a loop, directories that cannot be listed and paths longer than the system takes. Each such
 * entry is reported with its reason, and every filing around it is still converted.
 */
class InputWalkTest {

    private static final Path SAMPLES = CascadeTest.SAMPLES;
    private static final Path SETPRIV = Path.of("/usr/bin/setpriv");

    @TempDir
    Path dir;

    @Test
    void linksAreFollowedAndLinksToNothingOrRoundALoopPassedOver() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(SAMPLES.resolve("seeds/000.txt"), in.resolve("000.txt"));
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.copy(SAMPLES.resolve("office/002.xlsx"), elsewhere.resolve("002.xlsx"));
        Files.createSymbolicLink(in.resolve("linked"), elsewhere);
        Files.createSymbolicLink(in.resolve("003.pdf"), SAMPLES.resolve("pdf/000.writer.pdf"));
        Files.createSymbolicLink(in.resolve("gone.pdf"), dir.resolve("no-such.pdf"));
        Files.createDirectories(in.resolve("sub"));
        Files.createSymbolicLink(in.resolve("sub/back"), in);
        Path through = Files.createSymbolicLink(dir.resolve("through"), in);
        Path out = dir.resolve("out");

        Run run = Run.of(dir.resolve("report.jsonl"), "extract", through.toString(), "-o", out.toString(), "-q");

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("000.txt", "ok");
        expected.put("003.pdf", "ok");
        expected.put("gone.pdf", "dangling_link");
        expected.put("linked/002.xlsx", "ok");
        expected.put("sub/back", "link_loop");
        assertEquals(expected, run.outcomes(), run.err());
        assertEquals(0, run.exitCode(), "passed-over entries fail nothing");
        assertEquals("skipped", run.report().get("gone.pdf").get("status").asText());
        assertTrue(run.message("gone.pdf").endsWith("a symbolic link to " + dir.resolve("no-such.pdf") + ", which is not there"));
        assertTrue(run.err().contains(through.resolve("sub/back") + ": passed over: a symbolic link back"), run.err());
        // source.file is the path under the directory given: the link's name, not its target's
        assertEquals(Files.readString(Path.of(SAMPLES.resolve("office/002.xlsx") + ".json"))
                        .replace("\"file\": \"002.xlsx\"", "\"file\": \"linked/002.xlsx\""),
                Files.readString(out.resolve("linked/002.xlsx.json")));
        assertEquals(3, run.summary().get("ok").asInt());
        assertEquals(2, run.summary().get("skipped").asInt());
    }

    @Test
    void namesThatAreNotUtf8AreReportedByTheirBytesAndConvert() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(SAMPLES.resolve("seeds/000.txt"), in.resolve("000.txt"));
        // GBK names as unzip leaves a Windows archive's: 部.txt and 门.txt (and 资/), each two bytes that are not
        // UTF-8, which the JVM decodes alike (U+FFFD twice); a file: URI spells out the bytes of a name
        Path bu = Files.copy(SAMPLES.resolve("seeds/001.txt"), byteNamed(in, "%B2%BF.txt"));
        Files.copy(SAMPLES.resolve("office/002.xlsx"), byteNamed(in, "%C3%C5.xlsx"));
        Path directory = Files.createDirectories(byteNamed(in, "%D7%CA"));
        Files.write(directory.resolve("empty.txt"), new byte[0]);
        Files.copy(SAMPLES.resolve("seeds/003.txt"), in.resolve("部门.txt"));
        assertEquals(bu.toString(), byteNamed(in, "%C3%C5.txt").toString(), "the JVM's text makes the two names one");
        Path out = dir.resolve("out");

        for (String mode : List.of("workers", "in-process")) {
            Run run = Run.of(dir.resolve(mode + ".jsonl"), mode.equals("workers")
                    ? new String[] {"extract", in.toString(), "-o", out.resolve(mode).toString(), "-q"}
                    : new String[] {"extract", in.toString(), "-o", out.resolve(mode).toString(), "-q", "--in-process"});

            Map<String, String> expected = new LinkedHashMap<>();
            expected.put("000.txt", "ok");
            expected.put("\\xB2\\xBF.txt", "ok");
            expected.put("\\xC3\\xC5.xlsx", "ok");
            expected.put("\\xD7\\xCA/empty.txt", "empty_file");
            expected.put("部门.txt", "ok");
            assertEquals(expected, run.outcomes(), mode + ": " + run.err());
            assertEquals(1, run.exitCode(), mode);
            assertTrue(run.err().contains(in + "/\\xD7\\xCA/empty.txt: "), run.err());
            // each output is named by its input's bytes, and source.file by the escaped name
            Path outputs = out.resolve(mode);
            assertEquals(Files.readString(SAMPLES.resolve("seeds/001.txt.json")).replace("\"file\": \"001.txt\"",
                    "\"file\": \"\\\\xB2\\\\xBF.txt\""), Files.readString(byteNamed(outputs, "%B2%BF.txt.json")), mode);
            assertEquals(Files.readString(SAMPLES.resolve("office/002.xlsx.json")).replace("\"file\": \"002.xlsx\"",
                    "\"file\": \"\\\\xC3\\\\xC5.xlsx\""), Files.readString(byteNamed(outputs, "%C3%C5.xlsx.json")), mode);
            assertTrue(Files.exists(outputs.resolve("部门.txt.json")));
            try (Stream<Path> written = Files.list(outputs)) {
                assertEquals(4, written.filter(file -> !file.getFileName().toString().startsWith(".")).count(), "the four outputs");
            }
        }
    }

    /** A path under {@code directory} whose name is the bytes {@code escaped} spells in %XX. */
    private static Path byteNamed(Path directory, String escaped) {
        return Path.of(URI.create(directory.toUri().toString().replaceAll("/?$", "/") + escaped));
    }

    @Test
    void aPathTooLongFailsThatEntryAlone() throws IOException, InterruptedException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(SAMPLES.resolve("seeds/000.txt"), in.resolve("000.txt"));
        Files.copy(SAMPLES.resolve("seeds/001.txt"), in.resolve("zzz.txt"));
        // built from the bottom up, each directory moved into a new one beside it, as no path given to
        // the system may be longer than PATH_MAX (4096 bytes) while the tree's own paths are
        Path deepest = null;
        for (int level = 20; level >= 1; level--) {
            Path directory = Files.createDirectories(in.resolve(String.format("%03d", level) + "d".repeat(247)));
            if (deepest == null) {
                Files.writeString(directory.resolve("deep.txt"), "部门整体预算绩效目标申报表\n");
            } else {
                Files.move(deepest, directory.resolve(deepest.getFileName()));
            }
            deepest = directory;
        }
        String component = deepest.getFileName().toString();
        try {
            Run run = Run.of(dir.resolve("report.jsonl"), "extract", in.toString(), "-o", dir.resolve("out").toString(), "-q");
            Map<String, String> outcomes = run.outcomes();
            assertEquals(3, outcomes.size(), outcomes.toString());
            assertEquals("ok", outcomes.get("000.txt"));
            assertEquals("ok", outcomes.get("zzz.txt"));
            String deep = outcomes.keySet().stream().filter(name -> name.startsWith(component)).findFirst().orElseThrow();
            assertEquals("path_too_long", outcomes.get(deep));
            assertTrue(run.message(deep).startsWith("cannot list this directory: its path is longer than the system allows"));
            assertEquals(1, run.exitCode());
        } finally {
            new ProcessBuilder("rm", "-rf", in.resolve(component).toString()).inheritIO().start().waitFor();
        }
    }

    /**
     * A directory that cannot be listed, a file that cannot be read and named pipes, in a tree and named
     * directly: each fails alone with its reason. Root reads every file and directory whatever its mode,
     * so as root the run is started without the two capabilities that let it (setpriv drops them from
     * the bounding set) and meets them as every other user would.
     */
    @Test
    void unreadableEntriesFailAloneWithTheirReason() throws IOException, InterruptedException {
        List<String> launcher = List.of();
        if ("root".equals(System.getProperty("user.name"))) {
            assumeTrue(Files.isExecutable(SETPRIV), "as root this needs setpriv (util-linux)");
            launcher = List.of(SETPRIV.toString(), "--bounding-set=-dac_override,-dac_read_search", "--");
        }
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(SAMPLES.resolve("seeds/000.txt"), in.resolve("000.txt"));
        Path closed = Files.createDirectories(in.resolve("closed"));
        Files.copy(SAMPLES.resolve("seeds/001.txt"), closed.resolve("001.txt"));
        Path secret = Files.copy(SAMPLES.resolve("seeds/003.txt"), in.resolve("secret.txt"));
        Files.copy(SAMPLES.resolve("seeds/002.txt"), in.resolve("zzz.txt"));
        Path pipe = in.resolve("pipe.txt");
        Path named = dir.resolve("named.pdf");
        assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString(), named.toString()).inheritIO().start().waitFor());
        Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("---------"));
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        try {
            Run run = Run.inChild(launcher, dir.resolve("report.jsonl"), "extract", in.toString(), named.toString(), "-o",
                    dir.resolve("out").toString(), "-q");
            Map<String, String> expected = new LinkedHashMap<>();
            expected.put("000.txt", "ok");
            expected.put("closed", "unreadable_directory");
            expected.put("pipe.txt", "io_error");
            expected.put("secret.txt", "io_error");
            expected.put("zzz.txt", "ok");
            expected.put(named.toString(), "io_error");
            assertEquals(expected, run.outcomes(), run.err());
            assertEquals("cannot list this directory: permission denied", run.message("closed"));
            assertEquals("cannot read: permission denied", run.message("secret.txt"));
            assertEquals("cannot read: not a regular file but a named pipe (FIFO)", run.message("pipe.txt"));
            assertEquals("cannot read: not a regular file but a named pipe (FIFO)", run.message(named.toString()));
            assertEquals(1, run.exitCode());
            assertTrue(run.err().contains("perftable: " + in.resolve("closed") + ": cannot list this directory: permission denied\n"),
                    run.err());
            assertEquals(Files.readString(SAMPLES.resolve("seeds/002.txt.json")).replace("\"file\": \"002.txt\"", "\"file\": \"zzz.txt\""),
                    Files.readString(dir.resolve("out/zzz.txt.json")), "the file after them is converted");
        } finally {
            Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
