package org.perftable.checks;

import java.math.BigDecimal;

/**
 * A printed amount against the amount it should be, both exact decimals. A printed number stands for
 * anything that rounds to it, so it agrees when it differs by less than one unit of its last printed
 * digit (a total printed 675 for items summing to 674.6); the difference is reported all the same.
 *
 * @param expected what the other records make it
 * @param printed  what the form prints
 */
record Comparison(BigDecimal expected, BigDecimal printed) {

    BigDecimal difference() {
        return printed.subtract(expected);
    }

    /** Equal, or within the printed rounding. */
    boolean agrees() {
        return difference().abs().compareTo(lastDigit(printed)) < 0;
    }

    /** The printed amount is at most the expected bound, allowing its printed rounding. */
    boolean atMost() {
        return difference().compareTo(lastDigit(printed)) < 0;
    }

    /** "equal", or the difference with a word on whether the rounding accounts for it. */
    String describe() {
        int sign = difference().signum();
        if (sign == 0) {
            return "equal";
        }
        return "difference " + plain(difference()) + (agrees() ? ", within the printed rounding" : "");
    }

    /** One unit of the last digit printed: 1 for 675, 0.01 for 2,120.40. */
    static BigDecimal lastDigit(BigDecimal printed) {
        return BigDecimal.ONE.movePointLeft(Math.max(printed.scale(), 0));
    }

    static String plain(BigDecimal number) {
        return number == null ? null : number.toPlainString();
    }
}
