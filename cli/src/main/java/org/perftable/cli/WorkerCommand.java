package org.perftable.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The command that starts a worker JVM: the JVM perftable itself runs on, with the options measured
 * best for converting one file after another (README, Performance), the reader limits as system
 * properties, and the class-data archive the launcher gave perftable, if any.
 */
final class WorkerCommand {

    /** The system property through which the launcher names its class-data sharing archive. */
    static final String SHARED_ARCHIVE = "perftable.sharedArchive";

    private WorkerCommand() {
    }

    /**
     * @param workers    how many workers the run starts: with fewer workers than processors a core is
     *                   spare for the C2 compiler
     * @param heap       the worker's maximum heap, as {@code -Xmx} takes it ({@code 1g}, {@code 768m})
     * @param properties system properties the workers start with (the reader limits)
     */
    static List<String> of(int workers, String heap, Map<String, String> properties) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-XX:+ExitOnOutOfMemoryError", "-Djava.awt.headless=true"));
        if (workers >= Runtime.getRuntime().availableProcessors()) {
            // workers on every core: C2 would compile the same code in each of them on the cores that
            // convert (archive, -j 2 on 2 cores: 53 s with C2, 38 s with C1 only); with a core spare,
            // C2 compiles there and its faster code wins (-j 1: 43-55 s against 65-83 s)
            command.add("-XX:TieredStopAtLevel=1");
        }
        command.addAll(List.of(
                // one file at a time on one thread: G1's parallel and concurrent threads add CPU and
                // resident memory and shorten nothing
                "-XX:+UseSerialGC",
                // stdout carries the responses: the JVM's own warnings go to stderr, never among them
                "-XX:+DisplayVMOutputToStderr", "-Xlog:disable", "-Xlog:all=warning:stderr"));
        String archive = System.getProperty(SHARED_ARCHIVE);
        if (archive != null) {
            // the classes a worker loads come mapped from the archive instead of parsed from the jar
            // (a JVM other than the one that made it passes it over, in silence)
            command.addAll(List.of("-Xshare:auto", "-XX:SharedArchiveFile=" + archive, "-Xlog:cds*=off"));
        }
        String extra = System.getenv("PERFTABLE_WORKER_JAVA_OPTIONS");
        if (extra != null && !extra.isBlank()) {
            command.addAll(List.of(extra.strip().split("\\s+")));
        }
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), WorkerMain.class.getName()));
        return List.copyOf(command);
    }
}
