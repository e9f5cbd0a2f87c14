package org.perftable.checks;

import java.util.Set;

/** The rules of one family, run on one form at a time. */
interface RuleFamily {

    /** The rules this family runs. */
    Set<Rule> rules();

    void check(FormInFiling form, CheckRules rules, Findings findings);
}
