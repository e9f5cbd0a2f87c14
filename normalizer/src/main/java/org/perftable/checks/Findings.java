package org.perftable.checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.perftable.filing.Check;
import org.perftable.filing.CheckStatus;
import org.perftable.filing.RecordIds;

/** The checks of one form as the rules find them, each naming its records by id. */
final class Findings {

    private final RecordIds ids;
    private final List<Found> found = new ArrayList<>();

    private record Found(Rule rule, Check check) {
    }

    Findings(RecordIds ids) {
        this.ids = ids;
    }

    void pass(Rule rule, String message, String expected, String actual, List<?> records) {
        add(rule, CheckStatus.PASS, message, expected, actual, records);
    }

    void fail(Rule rule, String message, String expected, String actual, List<?> records) {
        add(rule, CheckStatus.FAIL, message, expected, actual, records);
    }

    /** A check that passes or fails as {@code passes} says. */
    void record(Rule rule, boolean passes, String message, String expected, String actual, List<?> records) {
        add(rule, passes ? CheckStatus.PASS : CheckStatus.FAIL, message, expected, actual, records);
    }

    void notApplicable(Rule rule, String message) {
        add(rule, CheckStatus.NOT_APPLICABLE, message, null, null, List.of());
    }

    private void add(Rule rule, CheckStatus status, String message, String expected, String actual, List<?> records) {
        List<String> recordIds = records.stream().map(ids::idOf).filter(Objects::nonNull).distinct().toList();
        found.add(new Found(rule, new Check(rule.id(), status, message, expected, actual, recordIds)));
    }

    /**
     * The checks in rule order, as found within a rule; a rule run that found nothing to check gives
     * one not_applicable check, so that every rule run shows on every form.
     */
    List<Check> checks(Set<Rule> run) {
        Set<Rule> seen = EnumSet.noneOf(Rule.class);
        found.forEach(f -> seen.add(f.rule()));
        for (Rule rule : run) {
            if (!seen.contains(rule)) {
                notApplicable(rule, "the form prints nothing this rule applies to");
            }
        }
        return found.stream().sorted(Comparator.comparing(Found::rule)).map(Found::check).toList();
    }
}
