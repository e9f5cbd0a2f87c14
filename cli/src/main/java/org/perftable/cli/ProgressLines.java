package org.perftable.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress as plain lines ("perftable: 12/40 files, 3.1 files/s, about 9 s left"), for a log rather
 * than a terminal: one when a file finishes, at most one a second, and one for the last file. Without
 * counts (--quiet) only the notes are printed.
 */
final class ProgressLines implements Progress {

    private static final long INTERVAL_NANOS = 1_000_000_000L;

    private final PrintWriter err;
    private final int total;
    private final boolean counts;
    private final long start = System.nanoTime();
    private int done;
    private long lastLine = start;

    ProgressLines(PrintWriter err, int total, boolean counts) {
        this.err = err;
        this.total = total;
        this.counts = counts;
    }

    @Override
    public synchronized void fileDone() {
        done++;
        long now = System.nanoTime();
        if (counts && (now - lastLine >= INTERVAL_NANOS || done == total)) {
            lastLine = now;
            double rate = done / ((now - start) / 1e9);
            err.println(String.format(Locale.ROOT, "perftable: %d/%d files, %.1f files/s%s", done, total, rate,
                    done < total ? String.format(Locale.ROOT, ", about %.0f s left", (total - done) / rate) : ""));
            err.flush();
        }
    }

    @Override
    public synchronized void note(String line) {
        err.println(line);
        err.flush();
    }

    @Override
    public void close() {
        err.flush();
    }
}
