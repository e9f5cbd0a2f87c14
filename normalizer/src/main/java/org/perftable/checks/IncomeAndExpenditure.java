package org.perftable.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.perftable.filing.BudgetLine;
import org.perftable.filing.Form;

/**
 * sum.income_expenditure: on a department form, income (收入来源, 收入构成) against expenditure (部门预算支出
 * with 事业发展性支出, 支出构成), and the split by budget level (按预算级次划分) against income. A side is
 * its groups' total lines where printed, else the sum of their lines; 其中 lines never count.
 */
final class IncomeAndExpenditure implements RuleFamily {

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.SUM_INCOME_EXPENDITURE);
    }

    @Override
    public void check(FormInFiling form, CheckRules rules, Findings findings) {
        if (!form.isDepartmentForm()) {
            return;
        }
        Side income = side(form.form(), group -> group.contains("收入"));
        Side expenditure = side(form.form(), group -> group.contains("支出"));
        Side levels = side(form.form(), group -> group.contains("级次"));
        compare("expenditure", expenditure, "income", income, findings);
        compare("the split by budget level", levels, "income", income, findings);
    }

    private static void compare(String name, Side printed, String againstName, Side against, Findings findings) {
        if (printed.lines.isEmpty() || against.lines.isEmpty()) {
            return;
        }
        Comparison comparison = new Comparison(against.total, printed.total);
        List<Object> records = new ArrayList<>(printed.lines);
        records.addAll(against.lines);
        findings.record(Rule.SUM_INCOME_EXPENDITURE, comparison.agrees(), name + " (" + printed.groups + ") "
                + Comparison.plain(printed.total) + " against " + againstName + " (" + against.groups + ") "
                + Comparison.plain(against.total) + ": " + comparison.describe(), Comparison.plain(against.total),
                Comparison.plain(printed.total), records);
    }

    /** The lines a side's total is made of, their groups, and the total. */
    private record Side(List<BudgetLine> lines, String groups, BigDecimal total) {
    }

    private static Side side(Form form, Predicate<String> isSideGroup) {
        List<BudgetLine> counted = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        AmountTable table = new AmountTable(form, "the form's budget", form.budget());
        for (List<BudgetLine> group : table.groups()) {
            String name = group.get(0).group();
            if (name == null || !isSideGroup.test(name)) {
                continue;
            }
            groups.add(name);
            List<BudgetLine> totals = group.stream().filter(AmountTable::isTotal).toList();
            List<BudgetLine> lines = totals.isEmpty()
                    ? group.stream().filter(l -> !AmountTable.isSubLine(l)).toList() : totals.subList(0, 1);
            for (BudgetLine line : lines) {
                counted.add(line);
                total = total.add(line.amount() == null ? BigDecimal.ZERO : line.amount());
            }
        }
        return new Side(counted, String.join(" + ", groups), total);
    }
}
