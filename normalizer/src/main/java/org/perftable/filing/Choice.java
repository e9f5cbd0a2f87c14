package org.perftable.filing;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One printed checkbox option. */
@JsonPropertyOrder({"option", "checked"})
public record Choice(String option, boolean checked) {
}
