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
     * @param heap       the worker's maximum heap, as {@code -Xmx} takes it ({@code 1g}, {@code 768m})
     * @param properties system properties the workers start with (the reader limits)
     */
    static List<String> of(String heap, Map<String, String> properties) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-XX:+ExitOnOutOfMemoryError", "-Djava.awt.headless=true",
                // each worker compiles the readers for itself: with C2 as well, -j workers spend their
                // cores compiling the same code rather than converting
                "-XX:TieredStopAtLevel=1",
                // one file at a time on one thread: G1's parallel and concurrent threads add CPU and
                // resident memory and shorten nothing
                "-XX:+UseSerialGC",
                // stdout carries the responses: the JVM's own warnings go to stderr, never among them
                "-XX:+DisplayVMOutputToStderr", "-Xlog:disable", "-Xlog:all=warning:stderr"));
        String archive = System.getProperty(SHARED_ARCHIVE);
        if (archive != null) {
            // the classes a worker loads come mapped from the archive instead of parsed from the jar
            command.addAll(List.of("-Xshare:auto", "-XX:SharedArchiveFile=" + archive));
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
