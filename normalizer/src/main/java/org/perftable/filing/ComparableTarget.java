package org.perftable.filing;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.perftable.normalize.ValueParser;
import org.perftable.normalize.ValueParser.ParsedValue;

/**
 * One printed target read as a condition that filings can be compared on.
 *
 * @param from   the targets key it was read from: {@code annual}, {@code value}, {@code expected} or {@code period}
 * @param kind   what the target asks for
 * @param raw    the printed target
 * @param number the bound or the exact value; the lower end of a range; null when qualitative or compound
 * @param max    the upper end of a range, else null
 * @param unit   the unit printed with the number, null when none
 * @param parts  each condition of a compound target, parsed on its own; empty for every other kind
 */
@JsonPropertyOrder({"from", "kind", "raw", "number", "max", "unit", "parts"})
public record ComparableTarget(String from, TargetKind kind, String raw, BigDecimal number, BigDecimal max,
        String unit, List<Value> parts) {

    /** The longest printed part read as one condition of a compound target. */
    private static final int MAX_CONDITION = 60;

    /** Where the target that applies to the year is printed, in order of preference. */
    private static final List<String> YEAR_KEYS = List.of("annual", "value", "expected");

    private static final String NUMBER = "(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.[0-9]+)?";
    private static final Pattern RANGE = Pattern.compile(
            "(" + NUMBER + ")\\s*([^\\s0-9]{0,4}?)\\s*(?:-|~|～|—|－|至|到)\\s*(" + NUMBER + ")\\s*([^\\s0-9，,；;。]{0,8})");
    private static final Pattern PART_SEPARATOR = Pattern.compile("[，,；;、]");

    /**
     * The target that applies to the year: the annual value (年度指标值), else the single value (指标值),
     * else the expected value (预期值); null when the form has none of these columns or leaves the
     * cell empty.
     */
    static ComparableTarget ofYear(Map<String, Value> targets) {
        for (String key : YEAR_KEYS) {
            if (targets.containsKey(key)) {
                return of(key, targets.get(key));
            }
        }
        return null;
    }

    /** The implementation-period target (实施期指标值), null when the form has none or leaves it empty. */
    static ComparableTarget ofPeriod(Map<String, Value> targets) {
        return of("period", targets.get("period"));
    }

    private static ComparableTarget of(String from, Value value) {
        if (value == null) {
            return null;
        }
        if (value.number() != null) {
            return new ComparableTarget(from, kindOf(value.op()), value.raw(), value.number(), null, value.unit(),
                    List.of());
        }
        String text = java.text.Normalizer.normalize(value.raw(), java.text.Normalizer.Form.NFKC).strip();
        Matcher range = RANGE.matcher(text);
        if (range.matches() && (range.group(2).isEmpty() || range.group(2).equals(range.group(4)))) {
            BigDecimal low = decimal(range.group(1));
            BigDecimal high = decimal(range.group(3));
            if (low.compareTo(high) < 0) {
                return new ComparableTarget(from, TargetKind.RANGE, value.raw(), low, high,
                        range.group(4).isEmpty() ? null : range.group(4), List.of());
            }
        }
        List<Value> parts = parts(text);
        if (parts.size() > 1) {
            return new ComparableTarget(from, TargetKind.COMPOUND, value.raw(), null, null, null, parts);
        }
        return new ComparableTarget(from, TargetKind.QUALITATIVE, value.raw(), null, null, null, List.of());
    }

    /**
     * The conditions of a target printed as several, each a label then one comparison
     * (工业90%以上 → >= 90 %); empty unless every part is such a condition.
     */
    private static List<Value> parts(String text) {
        List<Value> parts = new ArrayList<>();
        for (String part : PART_SEPARATOR.split(text)) {
            String printed = part.strip();
            if (printed.isEmpty()) {
                continue;
            }
            ParsedValue parsed = condition(printed);
            if (parsed == null) {
                return List.of();
            }
            parts.add(new Value(printed, parsed.op(), parsed.number(), parsed.unit()));
        }
        return parts;
    }

    /** The comparison after a part's label: the longest tail of the text that is one, or null. */
    private static ParsedValue condition(String printed) {
        // a condition is a short label and one comparison; a longer part is prose, and trying every
        // tail of it would take time growing with the square of its length
        if (printed.length() > MAX_CONDITION) {
            return null;
        }
        for (int start = 0; start < printed.length(); start++) {
            ParsedValue parsed = ValueParser.parse(printed.substring(start));
            if (parsed.number() != null) {
                return parsed;
            }
        }
        return null;
    }

    private static TargetKind kindOf(String op) {
        if (op == null) {
            return TargetKind.EXACT; // a plain number is the value to reach
        }
        return switch (op) {
            case ">=", ">" -> TargetKind.LOWER_BOUND;
            case "<=", "<" -> TargetKind.UPPER_BOUND;
            default -> TargetKind.EXACT;
        };
    }

    private static BigDecimal decimal(String number) {
        return new BigDecimal(number.replace(",", ""));
    }
}
