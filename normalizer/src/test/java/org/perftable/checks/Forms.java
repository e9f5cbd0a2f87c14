package org.perftable.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.perftable.filing.BudgetLine;
import org.perftable.filing.Check;
import org.perftable.filing.CheckStatus;
import org.perftable.filing.Filing;
import org.perftable.filing.Form;
import org.perftable.filing.Indicator;
import org.perftable.filing.Project;
import org.perftable.filing.Source;
import org.perftable.filing.Task;
import org.perftable.filing.Value;
import org.perftable.normalize.ValueParser;

/** Constructed forms for the rule tests: only what a rule reads, every amount printed as given. */
final class Forms {

    static final String DEPARTMENT = "department_budget_targets";
    static final String PROJECT = "project_expenditure_targets";

    private Forms() {
    }

    static BudgetLine line(String group, String item, String amount) {
        return line(group, item, amount, Map.of());
    }

    static BudgetLine line(String group, String item, String amount, Map<String, Object> columns) {
        return new BudgetLine(group, item, amount == null ? null : new BigDecimal(amount), amount, columns, 1);
    }

    static Task task(String name, String amount) {
        return new Task(name, null, new BigDecimal(amount), amount, null, 1);
    }

    /** An indicator with one target column ({@code value}, or {@code annual} and {@code period} when both given). */
    static Indicator indicator(String level1, String level2, String level3, String value) {
        return Indicator.plain(null, level1, level2, level3, value == null ? Map.of() : Map.of("value", value(value)),
                null, 1);
    }

    static Indicator indicator(String level1, String level2, String level3, String annual, String period) {
        Map<String, Value> targets = new LinkedHashMap<>();
        targets.put("period", value(period));
        targets.put("annual", value(annual));
        return Indicator.plain(null, level1, level2, level3, targets, null, 1);
    }

    static Value value(String raw) {
        ValueParser.ParsedValue parsed = ValueParser.parse(raw);
        return new Value(raw, parsed.op(), parsed.number(), parsed.unit());
    }

    static Map<String, Object> detail(String activity, String amount) {
        Map<String, Object> cells = new LinkedHashMap<>();
        cells.put("项目活动", activity);
        cells.put("金额", new BigDecimal(amount));
        return cells;
    }

    static Project project(String name, List<BudgetLine> funding, List<Map<String, Object>> details,
            List<Indicator> indicators) {
        return new Project(name, null, Map.of(), Map.of(), funding, details, List.of(), List.of(), indicators, 1);
    }

    static Form form(String type, List<BudgetLine> budget, List<Task> tasks, List<Project> projects,
            List<Indicator> indicators) {
        return new Form(type, "表", List.of(1), null, "万元", Map.of(), budget, List.of(), tasks, projects, indicators,
                List.of());
    }

    static Form department(List<BudgetLine> budget) {
        return form(DEPARTMENT, budget, List.of(), List.of(), List.of());
    }

    static Form projectForm(Project project) {
        return form(PROJECT, List.of(), List.of(), List.of(project), List.of());
    }

    /** A department form with these indicators and nothing else. */
    static Form indicators(Indicator... indicators) {
        return form(DEPARTMENT, List.of(), List.of(), List.of(), List.of(indicators));
    }

    /** The checks of one rule on every form of a filing of these forms, by the given rules. */
    static List<Check> checks(Rule rule, CheckRules rules, Form... forms) {
        Filing filing = new Filing(Filing.SCHEMA, new Source("a.txt", "0".repeat(64), "txt", 1), List.of(forms),
                List.of());
        List<Check> checks = new ArrayList<>();
        for (Form form : new Checker(rules).check(filing).forms()) {
            form.checks().stream().filter(check -> check.rule().equals(rule.id())).forEach(checks::add);
        }
        return checks;
    }

    static List<Check> checks(Rule rule, Form... forms) {
        return checks(rule, CheckRules.national(), forms);
    }

    static List<CheckStatus> statuses(List<Check> checks) {
        return checks.stream().map(Check::status).toList();
    }
}
