package org.perftable.cli;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Up to {@code size} worker JVMs, each converting one file at a time and living for many files.
 * A worker that is killed (its file took too long) or that ran out of heap is replaced by a fresh
 * one at once, so the next file starts on a clean JVM while the others keep their warm JIT.
 * Workers are started as files need them, so a run that only skips starts none, or all at once by
 * {@link #startAll()}.
 */
final class WorkerPool implements Closeable {

    private final List<String> command;
    private final int size;
    private final BlockingQueue<WorkerProcess> idle = new LinkedBlockingQueue<>();
    private final List<WorkerProcess> running = new ArrayList<>();
    private boolean closed;

    /** @param command the command that starts one worker; see {@link WorkerCommand} */
    WorkerPool(int size, List<String> command) {
        this.size = size;
        this.command = command;
    }

    /**
     * Starts every worker at once, for a run that will convert every file: they start while perftable
     * gets ready, and their first files need not wait for them. A worker that cannot start is tried
     * again, and reported, by the first file that needs it.
     */
    synchronized void startAll() {
        try {
            while (running.size() < size) {
                idle.add(start());
            }
        } catch (IOException e) {
            // convert() tries again and reports it
        }
    }

    /**
     * The file converted by a worker. {@code attempt} is given the means to kill that worker when the
     * file's time is up; it is taken back before the worker goes on to another file.
     */
    Converted convert(Path file, String name, String sha256, FileConversion.Attempt attempt) {
        WorkerProcess worker;
        try {
            worker = borrow();
        } catch (IOException e) {
            return Converted.failed(Failure.workerDied("could not be started: " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Converted.failed(Failure.workerDied("not started: the run is ending"));
        }
        attempt.onGiveUp(worker::kill);
        try {
            if (!worker.isReady()) {
                attempt.workerStarting();
                if (worker.awaitReady()) {
                    attempt.workerReady();
                }
            }
            return worker.convert(file, name, sha256);
        } finally {
            attempt.onGiveUp(null);
            giveBack(worker);
        }
    }

    private WorkerProcess borrow() throws IOException, InterruptedException {
        synchronized (this) {
            WorkerProcess worker = idle.poll();
            if (worker != null) {
                return worker;
            }
            if (running.size() < size) {
                return start();
            }
        }
        return idle.take();
    }

    /** A worker back after a file; one that is dead or dying gives its place to a fresh one. */
    private synchronized void giveBack(WorkerProcess worker) {
        if (closed) {
            worker.close();
            return;
        }
        if (worker.isAlive()) {
            idle.add(worker);
            return;
        }
        running.remove(worker);
        worker.kill();
        try {
            idle.add(start());
        } catch (IOException e) {
            // the next file that needs a worker tries again and reports it
        }
    }

    private WorkerProcess start() throws IOException {
        WorkerProcess worker = new WorkerProcess(command);
        running.add(worker);
        return worker;
    }

    @Override
    public synchronized void close() {
        closed = true;
        for (WorkerProcess worker : running) {
            worker.close();
        }
        running.clear();
        idle.clear();
    }
}
