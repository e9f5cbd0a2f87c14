package org.perftable.normalize;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Splits a printed target value ("≥4800人次", "85%及以上") into operator, number and unit. Anything
 * that is not one comparison on one number is qualitative, so a sentence with a number in it is
 * never mistaken for a measurable target.
 */
public final class ValueParser {

    /** The parsed parts; all null for a qualitative value. */
    public record ParsedValue(String op, BigDecimal number, String unit) {
    }

    private static final ParsedValue QUALITATIVE = new ParsedValue(null, null, null);

    private static final Map<String, String> LEADING_OPS = Map.ofEntries(
            Map.entry("≥", ">="), Map.entry(">=", ">="), Map.entry("＞=", ">="), Map.entry("＞＝", ">="),
            Map.entry("≤", "<="), Map.entry("<=", "<="), Map.entry("＜=", "<="), Map.entry("＜＝", "<="),
            Map.entry(">", ">"), Map.entry("＞", ">"),
            Map.entry("<", "<"), Map.entry("＜", "<"),
            Map.entry("=", "="), Map.entry("＝", "="),
            Map.entry("不少于", ">="), Map.entry("不低于", ">="), Map.entry("大于等于", ">="), Map.entry("至少", ">="),
            Map.entry("不超过", "<="), Map.entry("不高于", "<="), Map.entry("不多于", "<="),
            Map.entry("小于等于", "<="), Map.entry("最多", "<="),
            Map.entry("大于", ">"), Map.entry("高于", ">"), Map.entry("超过", ">"),
            Map.entry("小于", "<"), Map.entry("低于", "<"));

    private static final Map<String, String> TRAILING_OPS = Map.of(
            "以上", ">=", "及以上", ">=", "或以上", ">=",
            "以下", "<=", "及以下", "<=", "或以下", "<=", "以内", "<=");

    private static final Pattern LEADING = Pattern.compile("(" + alternation(LEADING_OPS) + ")\\s*");
    private static final Pattern TRAILING = Pattern.compile("(" + alternation(TRAILING_OPS) + ")$");
    private static final Pattern NUMBER_THEN_REST = Pattern.compile("(" + Amounts.NUMBER + ")(.*)", Pattern.DOTALL);

    /** "2023年工作日" names a period, not a target of 2023. */
    private static final Pattern YEAR = Pattern.compile("[0-9０-９]{4}年");

    /** A unit is a short word; separators or digits mean the rest is a phrase or a second figure. */
    private static final Pattern UNIT = Pattern.compile("[^\\s\\p{Z}0-9０-９，,。；;：:、]{1,8}");

    private ValueParser() {
    }

    /** Parses unwrapped printed text; never null, qualitative when it is not one comparison on one number. */
    public static ParsedValue parse(String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty() || YEAR.matcher(text).lookingAt()) {
            return QUALITATIVE;
        }
        String op = null;
        Matcher leading = LEADING.matcher(text);
        if (leading.lookingAt()) {
            op = LEADING_OPS.get(leading.group(1));
            text = text.substring(leading.end());
        }
        Matcher trailing = TRAILING.matcher(text);
        if (trailing.find()) {
            String trailingOp = TRAILING_OPS.get(trailing.group(1));
            if (op != null && !op.equals(trailingOp)) {
                return QUALITATIVE;
            }
            op = trailingOp;
            text = text.substring(0, trailing.start());
        }
        Matcher number = NUMBER_THEN_REST.matcher(text);
        if (!number.matches()) {
            return QUALITATIVE;
        }
        String unit = number.group(2).strip();
        if (unit.isEmpty()) {
            unit = null;
        } else if (!UNIT.matcher(unit).matches()) {
            return QUALITATIVE;
        }
        return new ParsedValue(op, Amounts.decimal(number.group(1)), unit);
    }

    /** Longest first, so "大于等于" is not read as "大于" followed by text. */
    private static String alternation(Map<String, String> ops) {
        return ops.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }
}
