package org.perftable.cli;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Converts a list of inputs on up to {@code jobs} files at a time and hands the results over in input
 * order, whatever order they finish in.
 *
 * <p>Each file runs on a thread of its own under a time limit. When the limit passes, the file is
 * reported as timed out, its thread is interrupted and abandoned, and the next file starts: a reader
 * stuck in a loop may never look at the interrupt, and Java cannot stop a thread, so waiting for it
 * could hang the batch. An abandoned thread writes nothing (see {@link FileConversion}); it is a
 * daemon, so it does not keep the process alive.
 */
final class BatchRun {

    /** Receives each result, in input order, on the thread that called {@link #forEachInOrder}. */
    interface ResultSink {
        void accept(FileResult result) throws IOException;
    }

    private final List<Input> inputs;
    private final int jobs;
    private final Duration timeout;
    private final FileConversion conversion;
    private final Progress progress;
    private final List<CompletableFuture<FileResult>> results;
    private final AtomicInteger next = new AtomicInteger();
    private final ScheduledThreadPoolExecutor watchdog = new ScheduledThreadPoolExecutor(1, runnable -> {
        Thread thread = new Thread(runnable, "perftable watchdog");
        thread.setDaemon(true);
        return thread;
    });

    BatchRun(List<Input> inputs, int jobs, Duration timeout, FileConversion conversion, Progress progress) {
        this.inputs = inputs;
        this.jobs = jobs;
        this.timeout = timeout;
        this.conversion = conversion;
        this.progress = progress;
        this.results = new ArrayList<>(inputs.stream().map(input -> new CompletableFuture<FileResult>()).toList());
        watchdog.setRemoveOnCancelPolicy(true);
    }

    void forEachInOrder(ResultSink sink) throws IOException {
        try {
            for (int i = 0; i < Math.min(jobs, inputs.size()); i++) {
                startNext();
            }
            for (int i = 0; i < results.size(); i++) {
                FileResult result = results.get(i).join();
                results.set(i, null); // handed over: a long batch must not keep every document it wrote
                sink.accept(result);
            }
        } finally {
            watchdog.shutdownNow();
        }
    }

    private void startNext() {
        int index = next.getAndIncrement();
        if (index < inputs.size() && !watchdog.isShutdown()) {
            new Task(index).start();
        }
    }

    /** One file's run: its worker thread and its time limit race to give the result. */
    private final class Task {

        private final int index;
        private final Input input;
        private final long start = System.nanoTime();
        /** Set by whichever of worker and time limit gives the result; the other then does nothing. */
        private final AtomicBoolean decided = new AtomicBoolean();
        private final Thread worker;
        private volatile String sha256;
        /** Set before the worker starts, which makes it visible to the worker. */
        private ScheduledFuture<?> limit;

        Task(int index) {
            this.index = index;
            this.input = inputs.get(index);
            this.worker = new Thread(this::work, "perftable " + input.name());
            worker.setDaemon(true);
        }

        void start() {
            limit = watchdog.schedule(this::timeOut, timeout.toMillis(), TimeUnit.MILLISECONDS);
            worker.start();
        }

        private void work() {
            FileResult converted = guarded(() -> conversion.convert(input, sha -> sha256 = sha));
            if (decided.compareAndSet(false, true)) {
                limit.cancel(false);
                finish(guarded(() -> conversion.commit(converted)));
            }
        }

        /** A defect in a step fails this file alone, and the batch still gets a result for it. */
        private FileResult guarded(Supplier<FileResult> step) {
            try {
                return step.get();
            } catch (RuntimeException | Error e) {
                return FileResult.failed(input, sha256, Failure.internal(e));
            }
        }

        private void timeOut() {
            if (decided.compareAndSet(false, true)) {
                worker.interrupt();
                finish(FileResult.failed(input, sha256, Failure.timeout(timeout)));
            }
        }

        /** Progress first: once the last result is complete, the run closes the progress display. */
        private void finish(FileResult result) {
            progress.fileDone();
            results.get(index).complete(result.took(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)));
            startNext();
        }
    }
}
