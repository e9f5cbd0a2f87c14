package org.perftable.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One input's line in the {@code --report} file. */
@JsonPropertyOrder({"file", "sha256", "status", "error", "forms", "indicators", "checks_failed", "ms"})
record ReportLine(String file, String sha256, Status status, Failure error, int forms, int indicators,
        @JsonProperty("checks_failed") int checksFailed, long ms) {

    static ReportLine of(FileResult result) {
        return new ReportLine(result.input().name(), result.sha256(), result.status(), result.error(),
                result.forms(), result.indicators(), result.checksFailed(), result.ms());
    }
}
