package org.perftable.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One worker JVM ({@link WorkerMain}) and the pipes to it. Used by one file at a time. */
final class WorkerProcess {

    /** The status with which {@code -XX:+ExitOnOutOfMemoryError} ends the JVM. */
    private static final int OUT_OF_MEMORY_EXIT = 3;

    private final Process process;
    private final DataOutputStream requests;
    private final DataInputStream responses;
    /** Set on {@link #kill()}: the process may take a moment to end, but is done with at once. */
    private volatile boolean killed;
    private boolean ready;

    WorkerProcess(List<String> command) throws IOException {
        // its stderr holds only library chatter and the JVM's own last words, which the codes replace
        this.process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        this.requests = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
        this.responses = new DataInputStream(new BufferedInputStream(process.getInputStream()));
    }

    boolean isReady() {
        return ready;
    }

    /**
     * Waits for the worker to have started (at once after the first time). False when it died first.
     */
    boolean awaitReady() {
        if (ready) {
            return true;
        }
        try {
            ready = WorkerProtocol.awaitReady(responses);
        } catch (IOException e) {
            // ended before it was ready
        }
        if (!ready) {
            kill();
        }
        return ready;
    }

    /**
     * The file converted by this worker. When the worker dies first (killed, or out of heap), the
     * result says why; the worker is then of no further use ({@link #isAlive()} is false).
     */
    Converted convert(Path file, String name, String sha256) {
        if (!awaitReady()) {
            return Converted.failed(died());
        }
        try {
            WorkerProtocol.writeRequest(requests, file, name, sha256);
            return WorkerProtocol.readResponse(responses);
        } catch (IOException e) {
            return Converted.failed(died());
        }
    }

    private Failure died() {
        try {
            // a worker out of heap closes its pipes before its JVM has exited: let it end by itself first,
            // or its out-of-memory status is lost to the kill
            if (!killed) {
                process.waitFor(5, TimeUnit.SECONDS);
            }
            kill();
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            kill();
            Thread.currentThread().interrupt();
        }
        if (!process.isAlive() && process.exitValue() == OUT_OF_MEMORY_EXIT) {
            return Failure.outOfMemory();
        }
        return Failure.workerDied(process.isAlive() ? "did not end" : "exit status " + process.exitValue());
    }

    boolean isAlive() {
        return !killed && process.isAlive();
    }

    /** Ends the worker at once, whatever it is doing. */
    void kill() {
        killed = true;
        process.destroyForcibly();
    }

    /** Lets the worker end by closing its stdin; kills it if it is still busy after a moment. */
    void close() {
        try {
            requests.close();
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (IOException e) {
            kill();
        } catch (InterruptedException e) {
            kill();
            Thread.currentThread().interrupt();
        }
    }
}
