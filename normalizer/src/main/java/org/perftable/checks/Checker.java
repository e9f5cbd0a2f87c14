package org.perftable.checks;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.perftable.filing.Filing;
import org.perftable.filing.Form;
import org.perftable.filing.RecordIds;

/**
 * Runs the audit checks on a filing's canonical records, once every form is read (some rules compare
 * forms of one file), and gives each form its {@code checks}. The checks never see a file format.
 */
public final class Checker {

    private static final List<RuleFamily> FAMILIES = List.of(new GroupSums(), new FundingTotals(),
            new IncomeAndExpenditure(), new Shares(), new DetailSums(), new TaskSums(), new ProjectList(),
            new Completeness(), new Plausibility());

    private final CheckRules rules;

    public Checker(CheckRules rules) {
        this.rules = rules;
    }

    /** Every rule the checks run, for the rule table. */
    static Set<Rule> rulesRun() {
        Set<Rule> run = EnumSet.noneOf(Rule.class);
        FAMILIES.forEach(family -> run.addAll(family.rules()));
        return run;
    }

    /** The filing with checks on each form; its records are the same objects, so their ids stay. */
    public Filing check(Filing filing) {
        RecordIds ids = RecordIds.of(filing);
        List<Form> checked = new ArrayList<>();
        for (int f = 0; f < filing.forms().size(); f++) {
            FormInFiling form = new FormInFiling(filing, f, filing.forms().get(f));
            Findings findings = new Findings(ids);
            Set<Rule> run = EnumSet.noneOf(Rule.class);
            for (RuleFamily family : FAMILIES) {
                Set<Rule> familyRules = EnumSet.copyOf(family.rules());
                familyRules.removeAll(rules.skipped());
                if (!familyRules.isEmpty()) {
                    family.check(form, rules, findings);
                    run.addAll(familyRules);
                }
            }
            checked.add(form.form().withChecks(findings.checks(run).stream()
                    .filter(check -> !rules.skipped().contains(Rule.byId(check.rule()))).toList()));
        }
        return new Filing(filing.schema(), filing.source(), checked, filing.warnings());
    }
}
