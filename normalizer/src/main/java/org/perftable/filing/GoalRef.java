package org.perftable.filing;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Which goal an indicator serves. */
@JsonPropertyOrder({"kind", "seq"})
public record GoalRef(String kind, int seq) {
}
