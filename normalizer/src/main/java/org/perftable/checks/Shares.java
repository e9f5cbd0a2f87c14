package org.perftable.checks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.perftable.filing.BudgetLine;
import org.perftable.filing.Keys;

/**
 * sum.share: a line's printed 占比 against its amount over its group's total (the total line where
 * printed, else the sum of the group's lines). An empty 占比 cell claims nothing and is not checked.
 */
final class Shares implements RuleFamily {

    private static final Pattern PERCENT = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)%");

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.SUM_SHARE);
    }

    @Override
    public void check(FormInFiling form, CheckRules rules, Findings findings) {
        for (AmountTable table : AmountTable.of(form.form())) {
            for (List<BudgetLine> group : table.groups()) {
                BudgetLine totalLine = group.stream().filter(AmountTable::isTotal).findFirst().orElse(null);
                BigDecimal total = totalLine != null ? totalLine.amount()
                        : group.stream().filter(l -> !AmountTable.isSubLine(l)).map(BudgetLine::amount)
                                .filter(a -> a != null).reduce(BigDecimal.ZERO, BigDecimal::add);
                if (total == null || total.signum() == 0) {
                    continue;
                }
                for (BudgetLine line : group) {
                    share(table, line, totalLine, total, findings);
                }
            }
        }
    }

    private static void share(AmountTable table, BudgetLine line, BudgetLine totalLine, BigDecimal total,
            Findings findings) {
        for (Map.Entry<String, Object> column : line.columns().entrySet()) {
            if (!Keys.compact(column.getKey()).contains("占比") || line.amount() == null) {
                continue;
            }
            BigDecimal printed = percent(column.getValue());
            if (printed == null) {
                continue;
            }
            BigDecimal expected = line.amount().multiply(BigDecimal.valueOf(100))
                    .divide(total, MathContext.DECIMAL64);
            Comparison comparison = new Comparison(expected, printed);
            String shown = expected.setScale(printed.scale() + 2, RoundingMode.HALF_UP).stripTrailingZeros()
                    .toPlainString() + "%";
            findings.record(Rule.SUM_SHARE, comparison.agrees(), column.getKey() + " of " + line.item() + " in "
                    + AmountTable.groupName(line) + " of " + table.name() + ": " + Comparison.plain(line.amount())
                    + " of " + Comparison.plain(total) + " is " + shown + ", printed " + column.getValue(),
                    shown, String.valueOf(column.getValue()),
                    totalLine == null || totalLine == line ? List.of(line) : List.of(line, totalLine));
        }
    }

    /** The percentage a 占比 cell prints (100% → 100), or null: a bare number could be a fraction or a percentage. */
    private static BigDecimal percent(Object cell) {
        if (cell instanceof String text) {
            Matcher matcher = PERCENT.matcher(Keys.compact(text));
            if (matcher.matches()) {
                return new BigDecimal(matcher.group(1));
            }
        }
        return null;
    }
}
