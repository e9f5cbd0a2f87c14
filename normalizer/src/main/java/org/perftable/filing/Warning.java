package org.perftable.filing;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Something inferred or left unplaced.
 *
 * @param code    stable code, e.g. {@code level1_inferred}
 * @param message what happened, naming the printed text concerned
 * @param page     the page concerned, null for the whole file
 * @param concerns the record the warning is about (an indicator, a budget line …), or null; written as
 *                 its id under {@code record}
 */
@JsonPropertyOrder({"code", "message", "page"})
public record Warning(String code, String message, Integer page, @JsonIgnore Object concerns) {

    /** A warning about no one record. */
    public Warning(String code, String message, Integer page) {
        this(code, message, page, null);
    }
}
