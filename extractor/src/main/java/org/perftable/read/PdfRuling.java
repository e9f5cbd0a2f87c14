package org.perftable.read;

/**
 * A straight line drawn on a page, in display coordinates (points from the top-left corner of the
 * page as shown): a table border, from a stroked line or a thin filled rectangle.
 *
 * @param horizontal whether the line runs left to right
 * @param position   its y when horizontal, its x when vertical
 * @param from       where it starts along its length (x when horizontal, y when vertical)
 * @param to         where it ends, {@code to >= from}
 */
record PdfRuling(boolean horizontal, double position, double from, double to) {

    double length() {
        return to - from;
    }

    /** Whether the line passes the point {@code along} at the given position, within a tolerance. */
    boolean covers(double position, double along, double tolerance) {
        return Math.abs(this.position - position) <= tolerance && from - tolerance <= along && along <= to + tolerance;
    }

    /** Whether a horizontal and a vertical ruling cross or touch. */
    boolean crosses(PdfRuling other, double tolerance) {
        if (horizontal == other.horizontal) {
            return false;
        }
        PdfRuling h = horizontal ? this : other;
        PdfRuling v = horizontal ? other : this;
        return h.from - tolerance <= v.position && v.position <= h.to + tolerance
                && v.from - tolerance <= h.position && h.position <= v.to + tolerance;
    }
}
