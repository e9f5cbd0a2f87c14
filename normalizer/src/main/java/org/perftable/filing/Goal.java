package org.perftable.filing;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A performance goal.
 *
 * @param kind {@code overall}, {@code long_term}, {@code annual} or {@code implementation_period}
 * @param seq  the goal's number as printed (目标2 → 2), or its position when unnumbered
 * @param period the period printed with the goal's label (实施期目标（2024年—2026年） → 2024年—2026年), or null
 * @param text the goal as printed
 * @param page page the goal is printed on
 */
@JsonPropertyOrder({"kind", "seq", "period", "text", "page"})
public record Goal(String kind, int seq, String period, String text, int page) {

    /** A goal whose label prints no period. */
    public Goal(String kind, int seq, String text, int page) {
        this(kind, seq, null, text, page);
    }

    public GoalRef ref() {
        return new GoalRef(kind, seq);
    }
}
