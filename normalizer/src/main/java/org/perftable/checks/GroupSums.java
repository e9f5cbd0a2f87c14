package org.perftable.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.perftable.filing.BudgetLine;
import org.perftable.filing.Form;
import org.perftable.filing.Project;

/**
 * sum.total: a total line against the other lines of its group, in the amount and each numeric column,
 * and the 合计 row of a project table (a form whose projects are its rows) against its project rows;
 * sum.sub_line: the 其中 lines under a line against that line.
 */
final class GroupSums implements RuleFamily {


    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.SUM_TOTAL, Rule.SUM_SUB_LINE);
    }

    @Override
    public void check(FormInFiling form, CheckRules rules, Findings findings) {
        for (AmountTable table : AmountTable.of(form.form())) {
            for (List<BudgetLine> group : table.groups()) {
                totals(table, group, findings);
                subLines(table, group, findings);
            }
        }
        projectRows(form.form(), findings);
    }

    /**
     * A project table prints a 合计 row above its project rows, which the form keeps as budget lines
     * of the group 合计, one per column, and each project's row as its funding lines.
     */
    private static void projectRows(Form form, Findings findings) {
        for (BudgetLine total : form.budget()) {
            if (!AmountTable.isTotalWord(total.group()) || total.amount() == null) {
                continue;
            }
            String column = AmountTable.label(total);
            List<Object> records = new ArrayList<>(List.of(total));
            BigDecimal sum = BigDecimal.ZERO;
            for (Project project : form.projects()) {
                BudgetLine cell = new AmountTable(project, project.name(), project.funding()).find(List.of(column),
                        total.period());
                if (cell != null) {
                    records.add(cell);
                    sum = cell.amount() == null ? sum : sum.add(cell.amount());
                }
            }
            if (records.size() == 1) {
                continue;
            }
            Comparison comparison = new Comparison(sum, total.amount());
            findings.record(Rule.SUM_TOTAL, comparison.agrees(), total.group() + " row, column " + total.item()
                    + ", against the sum of its " + (records.size() - 1) + " project rows: " + comparison.describe(),
                    Comparison.plain(sum), Comparison.plain(total.amount()), records);
        }
    }

    private static void totals(AmountTable table, List<BudgetLine> group, Findings findings) {
        List<BudgetLine> items = group.stream().filter(l -> !AmountTable.isTotal(l) && !AmountTable.isSubLine(l)).toList();
        for (BudgetLine total : group) {
            if (!AmountTable.isTotal(total) || items.isEmpty()) {
                continue;
            }
            List<Object> records = new ArrayList<>();
            records.add(total);
            records.addAll(items);
            String where = total.item() + " of " + AmountTable.groupName(total) + " in " + table.name();
            if (total.amount() != null) {
                compare(where, total.amount(), items.stream().map(BudgetLine::amount).toList(), items.size(), records,
                        findings);
            }
            for (String column : numericColumns(total)) {
                compare(where + ", column " + column, (BigDecimal) total.columns().get(column),
                        items.stream().map(l -> l.columns().get(column)).toList(), items.size(), records, findings);
            }
        }
    }

    private static void compare(String where, BigDecimal printed, List<?> parts, int count, List<Object> records,
            Findings findings) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Object part : parts) {
            if (part instanceof BigDecimal amount) {
                sum = sum.add(amount);
            }
        }
        Comparison comparison = new Comparison(sum, printed);
        findings.record(Rule.SUM_TOTAL, comparison.agrees(), where + " against the sum of its " + count
                + " lines (其中 lines left out, empty cells as 0): " + comparison.describe(),
                Comparison.plain(sum), Comparison.plain(printed), records);
    }

    private static Set<String> numericColumns(BudgetLine line) {
        Set<String> columns = new LinkedHashSet<>();
        line.columns().forEach((column, value) -> {
            if (value instanceof BigDecimal) {
                columns.add(column);
            }
        });
        return columns;
    }

    private static void subLines(AmountTable table, List<BudgetLine> group, Findings findings) {
        for (int i = 0; i < group.size(); i++) {
            BudgetLine parent = group.get(i);
            if (AmountTable.isSubLine(parent)) {
                continue;
            }
            List<BudgetLine> subs = new ArrayList<>();
            for (int j = i + 1; j < group.size() && AmountTable.isSubLine(group.get(j)); j++) {
                subs.add(group.get(j));
            }
            if (subs.isEmpty() || parent.amount() == null) {
                continue;
            }
            BigDecimal sum = subs.stream().map(BudgetLine::amount).filter(a -> a != null)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            // the parent is printed; its 其中 lines may add up to it but never beyond it
            Comparison comparison = new Comparison(parent.amount(), sum.setScale(Math.max(sum.scale(),
                    parent.amount().scale())));
            List<Object> records = new ArrayList<>();
            records.add(parent);
            records.addAll(subs);
            findings.record(Rule.SUM_SUB_LINE, comparison.atMost(), "the " + subs.size() + " 其中 lines under "
                    + parent.item() + " of " + AmountTable.groupName(parent) + " in " + table.name() + " sum to "
                    + Comparison.plain(sum) + ", at most " + Comparison.plain(parent.amount()) + " expected",
                    "<= " + Comparison.plain(parent.amount()), Comparison.plain(sum), records);
        }
    }
}
