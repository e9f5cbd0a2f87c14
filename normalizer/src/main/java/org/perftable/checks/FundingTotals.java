package org.perftable.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.perftable.filing.BudgetLine;

/**
 * sum.funding_total: 年度资金总额 = 财政拨款 + 其他资金, and 实施期资金总额 (or 资金总额 in a block
 * printing both periods) the same, where the total and both parts are printed.
 */
final class FundingTotals implements RuleFamily {

    private static final List<String> TOTALS = List.of("年度资金总额", "实施期资金总额", "资金总额", "项目资金总额");
    private static final List<String> FISCAL = List.of("财政拨款", "财政资金");
    private static final List<String> OTHER = List.of("其他资金");

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.SUM_FUNDING_TOTAL);
    }

    @Override
    public void check(FormInFiling form, CheckRules rules, Findings findings) {
        for (AmountTable table : AmountTable.of(form.form())) {
            Set<String> periods = new LinkedHashSet<>();
            table.lines().forEach(line -> periods.add(line.period()));
            for (String period : periods) {
                for (String totalLabel : TOTALS) {
                    BudgetLine total = table.find(List.of(totalLabel), period);
                    if (total == null || total.amount() == null) {
                        continue;
                    }
                    BudgetLine fiscal = table.find(FISCAL, period);
                    BudgetLine other = table.find(OTHER, period);
                    if (fiscal == null || other == null) {
                        continue;
                    }
                    BigDecimal sum = amount(fiscal).add(amount(other));
                    Comparison comparison = new Comparison(sum, total.amount());
                    List<Object> records = new ArrayList<>(List.of(total, fiscal, other));
                    findings.record(Rule.SUM_FUNDING_TOTAL, comparison.agrees(), total.item() + " in " + table.name()
                            + (period == null ? "" : " (" + period + ")") + " against " + fiscal.item() + " + "
                            + other.item() + ": " + comparison.describe(), Comparison.plain(sum),
                            Comparison.plain(total.amount()), records);
                }
            }
        }
    }

    private static BigDecimal amount(BudgetLine line) {
        return line.amount() == null ? BigDecimal.ZERO : line.amount();
    }
}
