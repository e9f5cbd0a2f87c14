package org.perftable.cli;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What became of one input.
 *
 * @param sha256     the input's SHA-256, or null when it could not be read
 * @param indicators the indicators of every form, those inside projects included
 * @param checksFailed the checks of every form that fail
 * @param document   the output JSON in UTF-8 (as written to the output file), while something still needs it
 * @param ms         milliseconds from the start of the file's work to its result
 */
record FileResult(Input input, String sha256, Status status, Failure error, int forms, int indicators,
                  int checksFailed, byte[] document, long ms) {

    /** A file just converted. */
    static FileResult converted(Input input, String sha256, Converted converted) {
        return new FileResult(input, sha256, converted.forms() == 0 ? Status.NO_FORMS : Status.OK, null,
                converted.forms(), converted.indicators(), converted.checksFailed(), converted.document(), 0);
    }

    /** An up-to-date output, counted from its JSON. */
    static FileResult upToDate(Input input, String sha256, JsonNode filing, byte[] document) {
        int indicators = 0;
        int checksFailed = 0;
        for (JsonNode form : filing.path("forms")) {
            for (JsonNode check : form.path("checks")) {
                checksFailed += check.path("status").asText().equals("fail") ? 1 : 0;
            }
            indicators += form.path("indicators").size();
            for (JsonNode project : form.path("projects")) {
                indicators += project.path("indicators").size();
            }
        }
        return new FileResult(input, sha256, Status.SKIPPED, null, filing.path("forms").size(), indicators,
                checksFailed, document, 0);
    }

    static FileResult failed(Input input, String sha256, Failure error) {
        return new FileResult(input, sha256, Status.FAILED, error, 0, 0, 0, null, 0);
    }

    FileResult withoutDocument() {
        return new FileResult(input, sha256, status, error, forms, indicators, checksFailed, null, ms);
    }

    FileResult took(long elapsedMs) {
        return new FileResult(input, sha256, status, error, forms, indicators, checksFailed, document,
                elapsedMs);
    }
}
