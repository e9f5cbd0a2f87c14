package org.perftable.filing;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The outcome of one check. */
public enum CheckStatus {
    PASS,
    FAIL,
    /** the form prints nothing the rule applies to */
    NOT_APPLICABLE;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
