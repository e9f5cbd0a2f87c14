package org.perftable.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Results of checking generated filings against their truth, counted by family, format and feature,
 * with the kinds of failure and the first failing files, for the normalizer's author to work from.
 */
final class CheckTally {

    private static final int LISTED_FILES = 12;
    private static final int LISTED_PROBLEMS = 8;

    /** Passed and checked. */
    private static final class Count {
        int passed;
        int checked;

        @Override
        public String toString() {
            return passed + "/" + checked;
        }
    }

    private final Map<String, Count> byFamily = new TreeMap<>();
    private final Map<String, Count> byFormat = new TreeMap<>();
    private final Map<String, Count> byFeature = new TreeMap<>();
    private final Map<String, Integer> problemsByKind = new TreeMap<>();
    private final Map<String, Integer> filesByKind = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private int passed;
    private int checked;

    void add(String file, String family, String format, List<String> features, List<TruthCheck.Problem> problems) {
        boolean pass = problems.isEmpty();
        checked++;
        passed += pass ? 1 : 0;
        count(byFamily, family, pass);
        count(byFormat, format, pass);
        for (String feature : features) {
            count(byFeature, feature, pass);
        }
        for (TruthCheck.Problem problem : problems) {
            problemsByKind.merge(problem.kind(), 1, Integer::sum);
        }
        problems.stream().map(TruthCheck.Problem::kind).distinct().forEach(kind -> filesByKind.merge(kind, 1, Integer::sum));
        if (!pass && failures.size() < LISTED_FILES) {
            StringBuilder listing = new StringBuilder("  " + file + " (" + family + "; " + String.join(" ", features) + ")\n");
            problems.stream().limit(LISTED_PROBLEMS).forEach(p -> listing.append("      ").append(p.message()).append('\n'));
            if (problems.size() > LISTED_PROBLEMS) {
                listing.append("      … and ").append(problems.size() - LISTED_PROBLEMS).append(" more\n");
            }
            failures.add(listing.toString());
        }
    }

    int failed() {
        return checked - passed;
    }

    String summary(String title) {
        StringBuilder out = new StringBuilder();
        out.append(title).append(": ").append(passed).append('/').append(checked).append(" files pass\n");
        out.append("by family:  ").append(line(byFamily)).append('\n');
        out.append("by format:  ").append(line(byFormat)).append('\n');
        out.append("by feature (pass/files):\n");
        byFeature.forEach((feature, count) -> out.append(String.format("  %-32s %s%n", feature, count)));
        if (!problemsByKind.isEmpty()) {
            out.append("failure kinds (facts wrong, files with one):\n");
            problemsByKind.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .forEach(e -> out.append(String.format("  %-28s %6d %6d%n", e.getKey(), e.getValue(),
                            filesByKind.get(e.getKey()))));
            out.append("first failures:\n");
            failures.forEach(out::append);
        }
        return out.toString();
    }

    private static void count(Map<String, Count> counts, String key, boolean pass) {
        Count count = counts.computeIfAbsent(key, k -> new Count());
        count.checked++;
        count.passed += pass ? 1 : 0;
    }

    private static String line(Map<String, Count> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
