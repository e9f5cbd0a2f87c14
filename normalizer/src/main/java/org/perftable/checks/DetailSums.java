package org.perftable.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.perftable.filing.BudgetLine;
import org.perftable.filing.Keys;
import org.perftable.filing.Project;

/** sum.details: the 金额 of a project's 项目支出明细测算 lines against its 当年预算. */
final class DetailSums implements RuleFamily {

    /** Labels of the year's budget in a project's funding table, in order of preference. */
    static final List<String> YEAR_BUDGET = List.of("项目当年预算", "项目本年度预算", "当年预算", "本年度预算",
            "年度资金总额", "年度预算");

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.SUM_DETAILS);
    }

    @Override
    public void check(FormInFiling form, CheckRules rules, Findings findings) {
        for (Project project : form.form().projects()) {
            if (project.details().isEmpty()) {
                continue;
            }
            BudgetLine budget = new AmountTable(project, project.name(), project.funding()).find(YEAR_BUDGET, null);
            if (budget == null || budget.amount() == null) {
                findings.notApplicable(Rule.SUM_DETAILS, project.name() + " prints 项目支出明细测算 but no 当年预算");
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            List<Object> records = new ArrayList<>(List.of(budget));
            for (Map<String, Object> detail : project.details()) {
                if (isTotalRow(detail)) {
                    continue; // a printed 合计 row is not a line of its own
                }
                records.add(detail);
                for (Map.Entry<String, Object> cell : detail.entrySet()) {
                    if (Keys.compact(cell.getKey()).contains("金额") && cell.getValue() instanceof BigDecimal amount) {
                        sum = sum.add(amount);
                        break;
                    }
                }
            }
            Comparison comparison = new Comparison(sum, budget.amount());
            findings.record(Rule.SUM_DETAILS, comparison.agrees(), budget.item() + " of " + project.name()
                    + " against the 金额 of its " + project.details().size() + " 项目支出明细测算 lines: "
                    + comparison.describe(), Comparison.plain(sum), Comparison.plain(budget.amount()), records);
        }
    }

    private static boolean isTotalRow(Map<String, Object> detail) {
        return detail.values().stream().anyMatch(cell -> cell instanceof String text && AmountTable.isTotalWord(text));
    }
}
