package org.perftable.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * What a run did: counts for the closing summary and, with {@code --report FILE}, a JSON Lines file
 * of one {@link ReportLine} per input in input order, then one {@code {"summary": ...}} line.
 */
final class RunReport implements Closeable {

    /** The run's totals; {@code indicators} counts those inside projects too, {@code checks_failed} the failed checks. */
    @JsonPropertyOrder({"files", "ok", "no_forms", "skipped", "failed", "indicators", "checks_failed", "ms", "interrupted"})
    record Summary(int files, int ok, @JsonProperty("no_forms") int noForms, int skipped, int failed,
                   long indicators, @JsonProperty("checks_failed") long checksFailed, long ms, @JsonInclude(JsonInclude.Include.NON_NULL) String interrupted) {

        String humanLine() {
            return String.format(Locale.ROOT, "perftable: %d file%s in %.1f s: %d ok, %d no forms, %d skipped, "
                    + "%d failed; %d indicators, %d failed checks", files, files == 1 ? "" : "s", ms / 1000.0, ok, noForms,
                    skipped, failed, indicators, checksFailed);
        }
    }

    private final JsonLinesFile file;
    private final int[] byStatus = new int[Status.values().length];
    private int files;
    private long indicators;
    private long checksFailed;

    /** @param file where the report goes, or null for the summary alone */
    RunReport(Path file) throws IOException {
        this.file = file == null ? null : new JsonLinesFile(file);
    }

    void add(FileResult result) throws IOException {
        files++;
        byStatus[result.status().ordinal()]++;
        indicators += result.indicators();
        checksFailed += result.checksFailed();
        if (file != null) {
            file.append(ReportLine.of(result));
        }
    }

    /** The summary, written as the report's last line; the report file is then complete and in place. */
    /** @param interrupted the signal that ended the run early ({@code SIGINT}, {@code SIGTERM}), or null */
    Summary finish(long ms, String interrupted) throws IOException {
        Summary summary = new Summary(files, byStatus[Status.OK.ordinal()], byStatus[Status.NO_FORMS.ordinal()],
                byStatus[Status.SKIPPED.ordinal()], byStatus[Status.FAILED.ordinal()], indicators, checksFailed, ms,
                interrupted);
        if (file != null) {
            file.append(Map.of("summary", summary));
            file.commit();
        }
        return summary;
    }

    @Override
    public void close() throws IOException {
        if (file != null) {
            file.close();
        }
    }
}
