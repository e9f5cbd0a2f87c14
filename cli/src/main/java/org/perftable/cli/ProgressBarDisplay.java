package org.perftable.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * Progress as a bar on a terminal's stderr: files done, files per second and time left. Notes wait
 * until the bar is closed, since a line printed under a bar that redraws itself gets torn.
 */
final class ProgressBarDisplay implements Progress {

    private final ProgressBar bar;
    private final PrintWriter err;
    private final List<String> notes = new ArrayList<>();

    /** The bar goes straight to the process's stderr; notes go to {@code err}. */
    ProgressBarDisplay(PrintWriter err, int total) {
        this.err = err;
        this.bar = new ProgressBarBuilder().setTaskName("perftable").setInitialMax(total)
                .setUnit(" files", 1).showSpeed().build();
    }

    @Override
    public void fileDone() {
        bar.step();
    }

    @Override
    public synchronized void note(String line) {
        notes.add(line);
    }

    @Override
    public synchronized void close() {
        bar.close();
        notes.forEach(err::println);
        err.flush();
    }
}
