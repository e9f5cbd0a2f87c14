package org.perftable.cli;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
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
 * reported as timed out, its conversion is stopped (its worker process killed), its thread is
 * interrupted and abandoned, and the next file starts. In-process, nothing can stop a reader stuck in
 * a loop: Java cannot stop a thread, so the abandoned one runs on beside the next files. An abandoned
 * thread writes nothing (see {@link FileConversion}); it is a daemon, so it does not keep the process
 * alive.
 */
final class BatchRun {

    /** Receives each result, in input order, on the thread that called {@link #forEachInOrder}. */
    interface ResultSink {
        void accept(FileResult result) throws IOException;
    }

    /** How long a worker process may take to start, on top of a file's time limit. */
    private static final Duration WORKER_START = Duration.ofSeconds(60);

    private final List<Input> inputs;
    private final int jobs;
    private final Duration timeout;
    private final FileConversion conversion;
    private final Progress progress;
    private final List<CompletableFuture<FileResult>> results;
    private final AtomicInteger next = new AtomicInteger();
    /** The tasks started and not yet decided. */
    private final Set<Task> running = ConcurrentHashMap.newKeySet();
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

    /**
     * Ends the run early (on SIGINT or SIGTERM): no file starts any more, the files in flight are
     * given up (their workers killed), and every file without a result gets the failure given.
     * The results already decided are handed over as usual.
     */
    void interrupt(Failure failure) {
        watchdog.shutdownNow();
        for (Task task : running) {
            task.giveUp(failure);
        }
        for (int i = 0; i < inputs.size(); i++) {
            CompletableFuture<FileResult> result = results.get(i);
            if (result != null) {
                result.complete(FileResult.failed(inputs.get(i), null, failure));
            }
        }
    }

    private void startNext() {
        int index = next.getAndIncrement();
        if (index < inputs.size() && !watchdog.isShutdown()) {
            new Task(index).start();
        }
    }

    /** One file's run: its worker thread and its time limit race to give the result. */
    private final class Task implements FileConversion.Attempt {

        private final int index;
        private final Input input;
        private final long start = System.nanoTime();
        /** Set by whichever of worker and time limit gives the result; the other then does nothing. */
        private final AtomicBoolean decided = new AtomicBoolean();
        private final Thread worker;
        private volatile String sha256;
        /** Set before the worker starts, which makes it visible to the worker; set again when its worker process is ready. */
        private volatile ScheduledFuture<?> limit;
        /** What stops the conversion on timeout; guarded by this task. */
        private Runnable stop;
        private boolean givenUp;

        Task(int index) {
            this.index = index;
            this.input = inputs.get(index);
            this.worker = new Thread(this::work, "perftable " + input.name());
            worker.setDaemon(true);
        }

        void start() {
            running.add(this);
            try {
                limit = watchdog.schedule(this::timeOut, timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                running.remove(this);
                return; // the run was interrupted as this file was about to start
            }
            worker.start();
        }

        private void work() {
            FileResult converted = guarded(() -> conversion.convert(input, this));
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

        @Override
        public void hashed(String sha256) {
            this.sha256 = sha256;
        }

        @Override
        public synchronized void onGiveUp(Runnable stop) {
            this.stop = stop;
            if (givenUp && stop != null) {
                stop.run();
            }
        }

        private void timeOut() {
            if (stopConversion()) {
                FileResult timedOut = FileResult.failed(input, sha256, Failure.timeout(timeout));
                finish(guarded(() -> conversion.commit(timedOut)));
            }
        }

        @Override
        public void workerStarting() {
            restartLimit(timeout.plus(WORKER_START));
        }

        @Override
        public void workerReady() {
            restartLimit(timeout);
        }

        private void restartLimit(Duration after) {
            if (!decided.get() && limit.cancel(false)) {
                try {
                    limit = watchdog.schedule(this::timeOut, after.toMillis(), TimeUnit.MILLISECONDS);
                } catch (RejectedExecutionException e) {
                    // the run is being interrupted, which decides this file
                }
            }
        }

        /** Abandons the file for the run's end: stopped, and its result the failure given. */
        void giveUp(Failure failure) {
            if (stopConversion()) {
                running.remove(this);
                results.get(index).complete(FileResult.failed(input, sha256, failure));
            }
        }

        /** Decides the file's result here, not in its worker: the conversion is stopped and abandoned. */
        private boolean stopConversion() {
            if (!decided.compareAndSet(false, true)) {
                return false;
            }
            synchronized (this) {
                givenUp = true;
                if (stop != null) {
                    stop.run();
                }
            }
            worker.interrupt();
            return true;
        }

        /** Progress first: once the last result is complete, the run closes the progress display. */
        private void finish(FileResult result) {
            running.remove(this);
            progress.fileDone();
            results.get(index).complete(result.took(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)));
            startNext();
        }
    }
}
