package org.perftable.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.perftable.filing.BudgetLine;
import org.perftable.filing.Form;
import org.perftable.filing.Keys;
import org.perftable.filing.Project;

/**
 * forms.project_list: a department form's project list against the project forms that follow it in
 * the file, up to the next department form: each listed project has a form of the same name (white
 * space and full-width forms aside) whose 项目总预算 and 当年预算 agree, and each such form is listed.
 */
final class ProjectList implements RuleFamily {

    private static final List<String> TOTAL_BUDGET = List.of("项目总预算", "实施期资金总额", "项目资金总额");

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.FORMS_PROJECT_LIST);
    }

    @Override
    public void check(FormInFiling form, CheckRules rules, Findings findings) {
        if (!form.isDepartmentForm() || form.form().projects().isEmpty()) {
            return;
        }
        Map<String, Project> described = new LinkedHashMap<>();
        for (Form following : form.following()) {
            if (following.type().startsWith("department_")) {
                break;
            }
            for (Project project : following.projects()) {
                described.putIfAbsent(Keys.compact(project.name()), project);
            }
        }
        if (described.isEmpty()) {
            findings.notApplicable(Rule.FORMS_PROJECT_LIST, "no project form follows the department form's project list");
            return;
        }
        Set<String> listed = new java.util.HashSet<>();
        for (Project entry : form.form().projects()) {
            String key = Keys.compact(entry.name());
            listed.add(key);
            Project project = described.get(key);
            if (project == null) {
                findings.fail(Rule.FORMS_PROJECT_LIST, "listed project " + entry.name()
                        + " has no project form in the file", entry.name(), null, List.of(entry));
                continue;
            }
            amounts(entry, project, "项目总预算", TOTAL_BUDGET, findings);
            amounts(entry, project, "当年预算", DetailSums.YEAR_BUDGET, findings);
        }
        described.forEach((key, project) -> {
            if (!listed.contains(key)) {
                findings.fail(Rule.FORMS_PROJECT_LIST, "project form " + project.name()
                        + " is not on the department form's project list", null, project.name(), List.of(project));
            }
        });
    }

    private static void amounts(Project entry, Project project, String what, List<String> labels, Findings findings) {
        BudgetLine listed = new AmountTable(entry, entry.name(), entry.funding()).find(labels, null);
        BudgetLine printed = new AmountTable(project, project.name(), project.funding()).find(labels, null);
        if (listed == null || printed == null || listed.amount() == null || printed.amount() == null) {
            findings.pass(Rule.FORMS_PROJECT_LIST, "listed project " + entry.name() + " has its project form; "
                    + what + " is not printed in both", entry.name(), project.name(), recordsOf(entry, project, listed, printed));
            return;
        }
        Comparison comparison = new Comparison(listed.amount(), printed.amount());
        findings.record(Rule.FORMS_PROJECT_LIST, comparison.agrees(), what + " of " + entry.name() + ": "
                + listed.item() + " on the list " + Comparison.plain(listed.amount()) + ", " + printed.item()
                + " on its project form " + Comparison.plain(printed.amount()) + ": " + comparison.describe(),
                Comparison.plain(listed.amount()), Comparison.plain(printed.amount()),
                recordsOf(entry, project, listed, printed));
    }

    private static List<Object> recordsOf(Project entry, Project project, BudgetLine listed, BudgetLine printed) {
        List<Object> records = new ArrayList<>(List.of(entry, project));
        if (listed != null) {
            records.add(listed);
        }
        if (printed != null) {
            records.add(printed);
        }
        return records;
    }
}
