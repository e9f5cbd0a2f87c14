package org.perftable.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.perftable.filing.BudgetLine;
import org.perftable.filing.Form;
import org.perftable.filing.Keys;
import org.perftable.filing.Task;

/**
 * sum.tasks: the 年度主要任务 amounts against their printed 金额合计 row, and against the form's 项目支出
 * (with its 事业发展性支出 lines, spending beside 基本支出 as 项目支出 is): the tasks are what that money
 * is for, so they may not cost more; they may cost less, since a form lists only its main tasks.
 */
final class TaskSums implements RuleFamily {

    private static final Pattern TOTAL = Pattern.compile("(金额)?(合计|总计)");

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.SUM_TASKS);
    }

    @Override
    public void check(FormInFiling form, CheckRules rules, Findings findings) {
        List<Task> tasks = form.form().tasks().stream().filter(t -> !isTotal(t)).toList();
        if (tasks.isEmpty()) {
            return;
        }
        BigDecimal sum = tasks.stream().map(Task::amount).filter(a -> a != null).reduce(BigDecimal.ZERO, BigDecimal::add);
        for (Task total : form.form().tasks()) {
            if (isTotal(total) && total.amount() != null) {
                Comparison comparison = new Comparison(sum, total.amount());
                List<Object> records = new ArrayList<>(List.of(total));
                records.addAll(tasks);
                findings.record(Rule.SUM_TASKS, comparison.agrees(), total.name() + " of 年度主要任务 against the sum of its "
                        + tasks.size() + " tasks: " + comparison.describe(), Comparison.plain(sum),
                        Comparison.plain(total.amount()), records);
            }
        }
        List<BudgetLine> spending = projectSpending(form.form());
        if (spending.isEmpty()) {
            return;
        }
        BigDecimal bound = spending.stream().map(BudgetLine::amount).filter(a -> a != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        Comparison comparison = new Comparison(bound, sum);
        List<Object> records = new ArrayList<>(spending);
        records.addAll(tasks);
        String names = String.join(" + ", spending.stream().map(BudgetLine::item).toList());
        findings.record(Rule.SUM_TASKS, comparison.atMost(), "the " + tasks.size() + " tasks of 年度主要任务 cost "
                + Comparison.plain(sum) + ", at most " + names + " " + Comparison.plain(bound) + " expected",
                "<= " + Comparison.plain(bound), Comparison.plain(sum), records);
    }

    /** The 项目支出 line and the lines of 事业发展性支出, or nothing when 项目支出 is not printed. */
    private static List<BudgetLine> projectSpending(Form form) {
        List<BudgetLine> lines = new ArrayList<>();
        for (BudgetLine line : form.budget()) {
            if (AmountTable.label(line).equals("项目支出") && line.amount() != null) {
                lines.add(line);
            }
        }
        if (lines.isEmpty()) {
            return lines;
        }
        for (BudgetLine line : form.budget()) {
            if (line.group() != null && Keys.compact(line.group()).equals("事业发展性支出")
                    && !AmountTable.isTotal(line) && !AmountTable.isSubLine(line) && line.amount() != null) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static boolean isTotal(Task task) {
        return task.name() != null && TOTAL.matcher(Keys.compact(task.name())).matches();
    }
}
