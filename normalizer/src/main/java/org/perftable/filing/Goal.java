package org.perftable.filing;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A performance goal.
 *
 * @param kind {@code overall}, {@code long_term} or {@code annual}
 * @param seq  the goal's number as printed (目标2 → 2), or its position when unnumbered
 * @param text the goal as printed
 * @param page page the goal is printed on
 */
@JsonPropertyOrder({"kind", "seq", "text", "page"})
public record Goal(String kind, int seq, String text, int page) {

    public GoalRef ref() {
        return new GoalRef(kind, seq);
    }
}
