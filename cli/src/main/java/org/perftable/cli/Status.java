package org.perftable.cli;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What became of one input. Every status but {@link #FAILED} counts as success for the exit code. */
enum Status {
    /** Converted, with at least one form. */
    OK,
    /** Converted, and no form was recognised: the output has {@code "forms": []}. */
    NO_FORMS,
    /**
     * Its output is already there, from the same input bytes and the same perftable version; or, with
     * an error saying why, an entry of an input directory passed over (a dangling link, a link loop).
     */
    SKIPPED,
    FAILED;

    @JsonValue
    String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
