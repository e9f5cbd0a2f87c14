package org.perftable.normalize;

import java.math.BigDecimal;
import java.util.Set;

/**
 * A target printed over 指标性质 | 指标值 | 度量单位 columns, joined into the one target it states:
 * {@code ≥} + {@code 95} + {@code %} → {@code ≥95%}. A 指标性质 that is no comparison (定性, 正向)
 * is no part of the target. The printed 指标性质 stays in the indicator's extra columns either way.
 */
final class SplitTarget {

    private static final Set<String> SIGNS = Set.of("≥", "≤", ">", "<", "=", "＞", "＜", "＝", ">=", "<=", "≧", "≦",
            "＞=", "＜=", "大于等于", "小于等于", "大于", "小于", "等于");

    private static final java.util.regex.Pattern TRAILING_UNIT = java.util.regex.Pattern.compile("[%％分]$");

    private SplitTarget() {
    }

    /** The comparison a 指标性质 cell prints, or "" when it prints none. */
    static String sign(String printed) {
        String key = Labels.key(printed);
        return SIGNS.contains(key) ? key : "";
    }

    /** The printed parts joined: sign, number, unit (a unit already printed after the number is not repeated). */
    static String join(String sign, CellText number, CellText unit) {
        String value = number == null ? "" : number.text();
        String unitText = unit == null ? "" : unit.text();
        if (!unitText.isEmpty() && value.endsWith(unitText)) {
            unitText = "";
        }
        return sign + value + unitText;
    }

    /** The number of a 权重 or 分值 cell (10, 10%, 10分), or null. */
    static BigDecimal number(String printed) {
        if (printed == null) {
            return null;
        }
        String bare = TRAILING_UNIT.matcher(printed.strip()).replaceFirst("");
        return Amounts.parse(bare);
    }
}
