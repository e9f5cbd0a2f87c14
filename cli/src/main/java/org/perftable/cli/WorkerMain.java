package org.perftable.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * A worker process: reads requests from stdin and converts one file per request until stdin closes.
 * It lives for many files so that the JIT's work is kept; perftable kills it when a file takes too
 * long, and the JVM ends itself on running out of heap ({@code -XX:+ExitOnOutOfMemoryError}), so a
 * file that exhausts it leaves nothing behind for the next one.
 */
public final class WorkerMain {

    private WorkerMain() {
    }

    /**
     * Loads what every file needs (readers, normalizer, JSON) before the worker says it is ready: a
     * file's time limit starts then, so the first file of a worker is not charged for its start.
     */
    private static void warmUp() throws IOException {
        new Extraction();
        org.perftable.read.Readers.readableByName(Path.of("warm.txt"));
        org.perftable.filing.FilingJson.mapper();
    }

    public static void main(String[] args) throws IOException {
        PerftableCommand.quietLibraryLogging();
        // Ctrl-C reaches the whole process group: perftable, not its workers, decides what ends
        Signal.handle(new Signal("INT"), SignalHandler.SIG_IGN);
        DataOutputStream responses = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        // stdout carries the responses: whatever a library prints must not end up among them
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
        // a worker outlives no perftable: when the parent dies (even by SIGKILL), so does the worker
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> Runtime.getRuntime().halt(0)));
        warmUp();
        WorkerProtocol.writeReady(responses);
        DataInputStream requests = new DataInputStream(new BufferedInputStream(System.in));
        for (String[] request; (request = WorkerProtocol.readRequest(requests)) != null; ) {
            WorkerProtocol.writeResponse(responses, DocumentConversion.convert(Path.of(request[0]), request[1], request[2]));
        }
    }
}
