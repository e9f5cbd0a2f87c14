package org.perftable.checks;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.perftable.filing.ComparableTarget;
import org.perftable.filing.Indicator;
import org.perftable.filing.Keys;
import org.perftable.filing.Level1Category;

/**
 * The completeness rules, on each set of indicators: the required 一级 categories, a 成本指标, a numeric
 * target in every 二级 category, no empty target, no row printed twice. What is required comes from
 * the rules file.
 */
final class Completeness implements RuleFamily {

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.COMPLETENESS_LEVEL1, Rule.COMPLETENESS_COST, Rule.COMPLETENESS_QUANTITATIVE,
                Rule.COMPLETENESS_TARGET, Rule.COMPLETENESS_DUPLICATE);
    }

    @Override
    public void check(FormInFiling form, CheckRules rules, Findings findings) {
        List<IndicatorSet> sets = IndicatorSet.of(form);
        for (IndicatorSet set : sets) {
            level1(set, rules, findings);
            if (rules.costRequired()) {
                cost(set, findings);
            }
            if (rules.quantitativeRequired()) {
                quantitative(set, findings);
            }
            targets(set, findings);
            duplicates(set, findings);
        }
        if (!sets.isEmpty() && !rules.costRequired()) {
            findings.notApplicable(Rule.COMPLETENESS_COST, "the rules do not require a 成本指标");
        }
        if (!sets.isEmpty() && !rules.quantitativeRequired()) {
            findings.notApplicable(Rule.COMPLETENESS_QUANTITATIVE, "the rules do not require a numeric target per 二级");
        }
    }

    private static void level1(IndicatorSet set, CheckRules rules, Findings findings) {
        Set<Level1Category> present = EnumSet.noneOf(Level1Category.class);
        set.indicators().forEach(indicator -> {
            if (indicator.level1Code() != null) {
                present.add(indicator.level1Code());
            }
        });
        List<Level1Category> missing = rules.requiredLevel1().stream().filter(c -> !present.contains(c)).toList();
        findings.record(Rule.COMPLETENESS_LEVEL1, missing.isEmpty(), set.name() + (missing.isEmpty()
                ? " include every required 一级 category" : " lack " + codes(missing)),
                codes(rules.requiredLevel1()), codes(List.copyOf(present)), List.of(set.record()));
    }

    private static void cost(IndicatorSet set, Findings findings) {
        List<Indicator> costs = set.indicators().stream().filter(IndicatorSet::isCost).toList();
        List<Object> records = new ArrayList<>(List.of(set.record()));
        records.addAll(costs);
        findings.record(Rule.COMPLETENESS_COST, !costs.isEmpty(), set.name() + (costs.isEmpty()
                ? " have no 成本指标" : " have " + costs.size() + " 成本指标"), "cost",
                costs.isEmpty() ? null : costs.size() + " cost indicators", records);
    }

    private static void quantitative(IndicatorSet set, Findings findings) {
        Map<String, List<Indicator>> byLevel2 = new LinkedHashMap<>();
        for (Indicator indicator : set.indicators()) {
            if (indicator.level2() != null) {
                byLevel2.computeIfAbsent(Keys.compact(indicator.level2()), k -> new ArrayList<>()).add(indicator);
            }
        }
        boolean failed = false;
        for (Map.Entry<String, List<Indicator>> level2 : byLevel2.entrySet()) {
            if (level2.getValue().stream().noneMatch(Completeness::numeric)) {
                failed = true;
                findings.fail(Rule.COMPLETENESS_QUANTITATIVE, "二级 " + level2.getKey() + " in " + set.name()
                        + " has no indicator with a numeric target (" + level2.getValue().size() + " qualitative)",
                        "a numeric target", level2.getValue().stream().map(i -> i.target() == null ? "" : i.target().raw())
                                .collect(Collectors.joining("; ")), new ArrayList<>(level2.getValue()));
            }
        }
        if (!failed && !byLevel2.isEmpty()) {
            findings.pass(Rule.COMPLETENESS_QUANTITATIVE, "each of the " + byLevel2.size() + " 二级 categories of "
                    + set.name() + " has an indicator with a numeric target", null, null, List.of(set.record()));
        }
    }

    private static void targets(IndicatorSet set, Findings findings) {
        boolean failed = false;
        for (Indicator indicator : set.indicators()) {
            if (indicator.target() == null && indicator.periodTarget() == null) {
                failed = true;
                findings.fail(Rule.COMPLETENESS_TARGET, IndicatorSet.describe(indicator) + " in " + set.name()
                        + " prints no target", "a target", null, List.of(indicator));
            }
        }
        if (!failed && !set.indicators().isEmpty()) {
            findings.pass(Rule.COMPLETENESS_TARGET, "each of the " + set.indicators().size() + " indicators of "
                    + set.name() + " prints a target", null, null, List.of(set.record()));
        }
    }

    private static void duplicates(IndicatorSet set, Findings findings) {
        Map<List<Object>, Indicator> seen = new LinkedHashMap<>();
        boolean failed = false;
        for (Indicator indicator : set.indicators()) {
            List<Object> row = java.util.Arrays.asList(indicator.goal(), Keys.compact(indicator.level1()), Keys.compact(indicator.level2()),
                    Keys.compact(indicator.level3()), printedTargets(indicator));
            Indicator first = seen.putIfAbsent(row, indicator);
            if (first != null) {
                failed = true;
                findings.fail(Rule.COMPLETENESS_DUPLICATE, IndicatorSet.describe(indicator) + " in " + set.name()
                        + " repeats an earlier row (the first record)", null, indicator.level3(), List.of(first, indicator));
            }
        }
        if (!failed && !set.indicators().isEmpty()) {
            findings.pass(Rule.COMPLETENESS_DUPLICATE, "no indicator row of " + set.name() + " is printed twice",
                    null, null, List.of(set.record()));
        }
    }

    private static Map<String, String> printedTargets(Indicator indicator) {
        Map<String, String> printed = new LinkedHashMap<>();
        indicator.targets().forEach((column, value) -> printed.put(column, value == null ? null : value.raw()));
        return printed;
    }

    /** Whether the year's or the period's target has a number to hold the result to. */
    static boolean numeric(Indicator indicator) {
        return numeric(indicator.target()) || numeric(indicator.periodTarget());
    }

    private static boolean numeric(ComparableTarget target) {
        return target != null && (target.number() != null || !target.parts().isEmpty());
    }

    private static String codes(List<Level1Category> categories) {
        return categories.stream().map(Level1Category::code).collect(Collectors.joining(", "));
    }
}
