package org.perftable.checks;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.perftable.filing.ComparableTarget;
import org.perftable.filing.Indicator;
import org.perftable.filing.TargetKind;
import org.perftable.filing.Value;

/**
 * The plausibility rules, on each indicator: a percentage asked above 100% as a lower bound, an annual
 * percentage looser than the period's, a 满意度 under the rules' minimum, a cost indicator without a
 * number. Each set of indicators with something to look at passes as a whole or fails by indicator.
 */
final class Plausibility implements RuleFamily {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.PLAUSIBILITY_PERCENTAGE, Rule.PLAUSIBILITY_ANNUAL_PERIOD, Rule.PLAUSIBILITY_SATISFACTION,
                Rule.PLAUSIBILITY_COST_NUMBER);
    }

    @Override
    public void check(FormInFiling form, CheckRules rules, Findings findings) {
        for (IndicatorSet set : IndicatorSet.of(form)) {
            each(set, Rule.PLAUSIBILITY_PERCENTAGE, Plausibility::percentage, findings);
            each(set, Rule.PLAUSIBILITY_ANNUAL_PERIOD, Plausibility::annualLooser, findings);
            each(set, Rule.PLAUSIBILITY_SATISFACTION, indicator -> satisfaction(indicator, rules.satisfactionMinimum()),
                    findings);
            each(set, Rule.PLAUSIBILITY_COST_NUMBER, Plausibility::costNumber, findings);
        }
    }

    /** What one rule makes of one indicator: nothing to look at, fine, or a failure with its values. */
    private record Verdict(boolean fails, String message, String expected, String actual) {
        static final Verdict FINE = new Verdict(false, null, null, null);
    }

    private static void each(IndicatorSet set, Rule rule, Function<Indicator, Verdict> judge, Findings findings) {
        int examined = 0;
        int failed = 0;
        for (Indicator indicator : set.indicators()) {
            Verdict verdict = judge.apply(indicator);
            if (verdict == null) {
                continue;
            }
            examined++;
            if (verdict.fails()) {
                failed++;
                findings.fail(rule, IndicatorSet.describe(indicator) + " in " + set.name() + ": " + verdict.message(),
                        verdict.expected(), verdict.actual(), List.of(indicator));
            }
        }
        if (examined > 0 && failed == 0) {
            findings.pass(rule, "each of the " + examined + " indicators of " + set.name() + " it applies to passes",
                    null, null, List.of(set.record()));
        }
    }

    private static Verdict percentage(Indicator indicator) {
        Verdict verdict = null;
        for (ComparableTarget target : new ComparableTarget[] {indicator.target(), indicator.periodTarget()}) {
            if (target == null) {
                continue;
            }
            List<Value> conditions = target.kind() == TargetKind.COMPOUND ? target.parts()
                    : target.kind() == TargetKind.LOWER_BOUND ? List.of(new Value(target.raw(), ">=", target.number(), target.unit()))
                    : List.of();
            for (Value condition : conditions) {
                if (!"%".equals(condition.unit()) || condition.number() == null || condition.op() == null
                        || !condition.op().startsWith(">")) {
                    continue;
                }
                if (condition.number().compareTo(HUNDRED) > 0) {
                    return new Verdict(true, "asks for at least " + condition.number().toPlainString()
                            + "%, more than a percentage reaches", "<= 100%", target.raw());
                }
                verdict = Verdict.FINE;
            }
        }
        return verdict;
    }

    private static Verdict annualLooser(Indicator indicator) {
        ComparableTarget annual = indicator.target();
        ComparableTarget period = indicator.periodTarget();
        if (annual == null || period == null || !"annual".equals(annual.from()) || !"%".equals(annual.unit())
                || !"%".equals(period.unit()) || annual.kind() != period.kind()) {
            return null;
        }
        int order = annual.number().compareTo(period.number());
        if (annual.kind() == TargetKind.LOWER_BOUND) {
            return order >= 0 ? Verdict.FINE : new Verdict(true, "the annual target " + annual.raw()
                    + " asks less than the implementation-period target " + period.raw(), period.raw(), annual.raw());
        }
        if (annual.kind() == TargetKind.UPPER_BOUND) {
            return order <= 0 ? Verdict.FINE : new Verdict(true, "the annual target " + annual.raw()
                    + " allows more than the implementation-period target " + period.raw(), period.raw(), annual.raw());
        }
        return null;
    }

    private static Verdict satisfaction(Indicator indicator, BigDecimal minimum) {
        if (!IndicatorSet.isSatisfaction(indicator)) {
            return null;
        }
        ComparableTarget target = indicator.target() != null ? indicator.target() : indicator.periodTarget();
        if (target == null || target.number() == null || !"%".equals(target.unit())
                || target.kind() == TargetKind.UPPER_BOUND) {
            return null;
        }
        return target.number().compareTo(minimum) >= 0 ? Verdict.FINE : new Verdict(true, "the 满意度 target "
                + target.raw() + " is under " + minimum.toPlainString() + "%", ">= " + minimum.toPlainString() + "%",
                target.raw());
    }

    private static Verdict costNumber(Indicator indicator) {
        if (!IndicatorSet.isCost(indicator)) {
            return null;
        }
        ComparableTarget target = indicator.target() != null ? indicator.target() : indicator.periodTarget();
        if (target == null) {
            return null; // an empty target is completeness.target's to report
        }
        return target.number() != null || !target.parts().isEmpty() ? Verdict.FINE : new Verdict(true,
                "the cost target " + target.raw() + " prints no number to hold the cost to", "a number", target.raw());
    }
}
