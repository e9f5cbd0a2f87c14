package org.perftable.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Results of checking generated filings against their truth: files by family and format, forms by
 * type and by the features drawn for them, the kinds of failure, and the first failing filings with
 * their wrong facts, for the normalizer's author to work from.
 */
final class CheckTally {

    private static final int LISTED_FILINGS = 12;
    private static final int LISTED_PROBLEMS = 10;

    /** Passed and checked. */
    private static final class Count {
        int passed;
        int checked;

        @Override
        public String toString() {
            return passed + "/" + checked;
        }
    }

    private final Map<String, Count> filesByFamily = new TreeMap<>();
    private final Map<String, Count> filesByFormat = new TreeMap<>();
    private final Map<String, Count> formsByType = new TreeMap<>();
    private final Map<String, Count> formsByFeature = new TreeMap<>();
    private final Map<String, Integer> problemsByKind = new TreeMap<>();
    private final Map<String, Integer> filesByKind = new TreeMap<>();
    private final Set<String> listedFilings = new HashSet<>();
    private final List<String> failures = new ArrayList<>();
    private final java.util.SortedSet<String> failedFiles = new java.util.TreeSet<>();
    private final Count files = new Count();
    private final Count forms = new Count();
    private final Count indicators = new Count();

    /** Counts one converted file of a filing, {@code truth} being the filing's truth. */
    void add(String file, String format, JsonNode truth, TruthCheck.Outcome outcome) {
        List<TruthCheck.Problem> problems = outcome.problems();
        boolean pass = problems.isEmpty();
        count(files, pass);
        if (!pass) {
            failedFiles.add(file);
        }
        count(filesByFamily, truth.path("family").asText(), pass);
        count(filesByFormat, format, pass);
        indicators.checked += outcome.indicators();
        indicators.passed += outcome.indicatorsRight();
        for (int i = 0; i < truth.path("forms").size(); i++) {
            JsonNode form = truth.path("forms").get(i);
            int index = i + 1;
            boolean formPass = problems.stream().noneMatch(p -> p.form() == index);
            count(forms, formPass);
            count(formsByType, form.path("type").asText(), formPass);
            form.path("features").forEach(feature -> count(formsByFeature, feature.asText(), formPass));
        }
        for (TruthCheck.Problem problem : problems) {
            problemsByKind.merge(problem.kind(), 1, Integer::sum);
        }
        problems.stream().map(TruthCheck.Problem::kind).distinct().forEach(kind -> filesByKind.merge(kind, 1, Integer::sum));
        String filing = truth.path("name").asText();
        if (!pass && failures.size() < LISTED_FILINGS && listedFilings.add(filing)) {
            List<String> features = new ArrayList<>();
            truth.path("features").forEach(f -> features.add(f.asText()));
            StringBuilder listing = new StringBuilder("  " + file + " (" + String.join(" ", features) + ")\n");
            problems.stream().limit(LISTED_PROBLEMS).forEach(p -> listing.append("      ").append(p.message()).append('\n'));
            if (problems.size() > LISTED_PROBLEMS) {
                listing.append("      … and ").append(problems.size() - LISTED_PROBLEMS).append(" more\n");
            }
            failures.add(listing.toString());
        }
    }

    /** The files that do not give their truth, by name. */
    java.util.SortedSet<String> failedFiles() {
        return failedFiles;
    }

    String summary(String title) {
        StringBuilder out = new StringBuilder();
        out.append(title).append(": ").append(files).append(" files, ").append(forms).append(" forms, ")
                .append(indicators).append(" indicators right\n");
        out.append("files by family:  ").append(line(filesByFamily)).append('\n');
        out.append("files by format:  ").append(line(filesByFormat)).append('\n');
        out.append("forms by type:    ").append(line(formsByType)).append('\n');
        out.append("forms by feature (right/forms with it):\n");
        formsByFeature.forEach((feature, count) -> out.append(String.format("  %-32s %s%n", feature, count)));
        if (!problemsByKind.isEmpty()) {
            out.append("failure kinds (wrong facts, files with one):\n");
            problemsByKind.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .forEach(e -> out.append(String.format("  %-28s %6d %6d%n", e.getKey(), e.getValue(),
                            filesByKind.get(e.getKey()))));
            out.append("first failing filings:\n");
            failures.forEach(out::append);
        }
        return out.toString();
    }

    private static void count(Count count, boolean pass) {
        count.checked++;
        count.passed += pass ? 1 : 0;
    }

    private static void count(Map<String, Count> counts, String key, boolean pass) {
        count(counts.computeIfAbsent(key, k -> new Count()), pass);
    }

    private static String line(Map<String, Count> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
