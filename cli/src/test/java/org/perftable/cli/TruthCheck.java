package org.perftable.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Holds a filing's output to the truth its generator wrote beside it: every fact of each form must
 * be in the output form (looked for in the form and in its projects together, so which of the two
 * holds a fact does not matter, but its value does), and every output indicator must be one of the
 * truth's. Indicators match as a multiset on (一级, 二级, 三级, period), then field by field.
 */
final class TruthCheck {

    /**
     * One fact the output gets wrong: its kind (for counting), its form (from 1; 0 for the filing), what was
     * expected and found. A kind ending in "missing" is a fact the output leaves out; any other is a wrong one.
     */
    record Problem(String kind, int form, String message) {

        /** Whether the output states something the truth contradicts or does not hold, rather than leaving a fact out. */
        boolean wrong() {
            return !kind.endsWith("missing");
        }
    }

    /**
     * The problems of a filing, with counts that show how near it came: forms with no problem of
     * their own, and indicators matched field for field, out of the truth's.
     */
    record Outcome(List<Problem> problems, int forms, int formsRight, int indicators, int indicatorsRight) {
    }

    private static final Pattern GOAL_NUMBER = Pattern.compile("目标\\s*\\d+\\s*[：:.、]?");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern SUBTOTAL_PREFIX = Pattern.compile("^其中[：:]?");

    private final boolean looseSpaces;

    /** @param looseSpaces compare texts with all whitespace removed (PDF text joins wrapped lines differently) */
    TruthCheck(boolean looseSpaces) {
        this.looseSpaces = looseSpaces;
    }

    List<Problem> problems(JsonNode truth, JsonNode filing) {
        return check(truth, filing).problems();
    }

    Outcome check(JsonNode truth, JsonNode filing) {
        List<Problem> problems = new ArrayList<>();
        int formsRight = 0;
        int indicators = 0;
        int indicatorsRight = 0;
        JsonNode expectedForms = truth.path("forms");
        JsonNode actualForms = filing.path("forms");
        if (expectedForms.size() != actualForms.size()) {
            problems.add(new Problem(actualForms.size() > expectedForms.size() ? "form count" : "form count missing", 0,
                    "expected " + expectedForms.size() + " forms, got " + actualForms.size()));
        }
        for (int i = 0; i < expectedForms.size(); i++) {
            String where = "form " + (i + 1) + ": ";
            indicators += expectedForms.get(i).path("indicators").size();
            if (i >= actualForms.size()) {
                problems.add(new Problem("form missing", i + 1, where + expectedForms.get(i).path("type").asText()));
                continue;
            }
            int before = problems.size();
            FormCheck form = new FormCheck(expectedForms.get(i), actualForms.get(i), i + 1, problems);
            form.run();
            formsRight += problems.size() == before ? 1 : 0;
            indicatorsRight += form.indicatorsRight;
        }
        return new Outcome(problems, expectedForms.size(), formsRight, indicators, indicatorsRight);
    }

    /** The facts of one form against one output form. */
    private final class FormCheck {

        private final JsonNode expected;
        private final JsonNode form;
        private final int index;
        private final String where;
        private final List<Problem> problems;
        int indicatorsRight;

        FormCheck(JsonNode expected, JsonNode form, int index, List<Problem> problems) {
            this.expected = expected;
            this.form = form;
            this.index = index;
            this.where = "form " + index + ": ";
            this.problems = problems;
        }

        void run() {
            same("form type", expected.path("type"), form.path("type"));
            if (!expected.path("department").isNull()) {
                same("department", expected.path("department"), form.path("department"));
            }
            if (!expected.path("unit").isNull()) {
                same("unit", expected.path("unit"), form.path("unit"));
            }
            if (!expected.path("project_name").isNull()) {
                String name = expected.path("project_name").asText();
                boolean named = false;
                boolean anyName = false;
                for (JsonNode project : form.path("projects")) {
                    named |= sameText(name, project.path("name"));
                    anyName |= text(project.path("name")) != null;
                }
                if (!named) {
                    problem(anyName ? "project name" : "project name missing", name);
                }
            }
            fields(expected.path("fields"), inFormAndProjects("fields"), "");
            funding(expected.path("funding"), inFormAndProjects("budget", "funding"), "");
            goals();
            tasks();
            listedProjects();
            indicators();
            for (JsonNode code : expected.path("warnings")) {
                if (form.path("warnings").findValues("code").stream().noneMatch(c -> c.asText().equals(code.asText()))) {
                    problem("warning missing", code.asText());
                }
            }
        }

        /** The given arrays (or objects) of the form and of each of its projects. */
        private List<JsonNode> inFormAndProjects(String... keys) {
            List<JsonNode> found = new ArrayList<>();
            for (String key : keys) {
                if (form.has(key)) {
                    found.add(form.get(key));
                }
                for (JsonNode project : form.path("projects")) {
                    if (project.has(key)) {
                        found.add(project.get(key));
                    }
                }
            }
            return found;
        }

        private void fields(JsonNode expectedFields, List<JsonNode> maps, String context) {
            expectedFields.fields().forEachRemaining(field -> {
                boolean labelSeen = false;
                for (JsonNode map : maps) {
                    JsonNode value = map.get(field.getKey());
                    if (value != null) {
                        labelSeen = true;
                        if (sameText(field.getValue().asText(), value)) {
                            return;
                        }
                    }
                }
                problem(labelSeen ? "field value" : "field missing",
                        context + field.getKey() + " = " + field.getValue().asText());
            });
        }

        private void funding(JsonNode lines, List<JsonNode> outputs, String context) {
            for (JsonNode line : lines) {
                if (!fundingFound(line, outputs)) {
                    String period = line.path("period").isNull() ? "" : " (" + line.path("period").asText() + ")";
                    problem(itemFound(line, outputs) ? "funding line" : "funding line missing",
                            context + line.path("item").asText() + period + " = " + line.path("raw").asText());
                }
            }
        }

        /**
         * A line with the item's label (其中： aside) whose amount, or a column's amount, is the
         * expected one; for a period, the period's name must be in the group, item or column.
         */
        private boolean fundingFound(JsonNode line, List<JsonNode> outputs) {
            String item = itemLabel(line.path("item").asText());
            BigDecimal amount = line.path("amount").decimalValue();
            String period = line.path("period").isNull() ? null : line.path("period").asText();
            for (JsonNode array : outputs) {
                for (JsonNode actual : array) {
                    String actualItem = itemLabel(actual.path("item").asText());
                    if (!actualItem.equals(item) && !(period != null && actualItem.equals(period + item))) {
                        continue;
                    }
                    String named = actual.path("group").asText("") + actual.path("item").asText("");
                    boolean columnForPeriod = false;
                    for (Iterator<Map.Entry<String, JsonNode>> c = actual.path("columns").fields(); c.hasNext();) {
                        Map.Entry<String, JsonNode> column = c.next();
                        boolean forPeriod = period != null && column.getKey().contains(period);
                        columnForPeriod |= forPeriod;
                        if (sameAmount(amount, column.getValue()) && (period == null || forPeriod)) {
                            return true;
                        }
                    }
                    if (sameAmount(amount, actual.path("amount"))
                            && (period == null || named.contains(period) || !columnForPeriod)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** Whether an output line has the item's label (其中： aside), whatever its amount. */
        private boolean itemFound(JsonNode line, List<JsonNode> outputs) {
            String item = itemLabel(line.path("item").asText());
            String period = line.path("period").isNull() ? null : line.path("period").asText();
            for (JsonNode array : outputs) {
                for (JsonNode actual : array) {
                    String actualItem = itemLabel(actual.path("item").asText());
                    if (actualItem.equals(item) || period != null && actualItem.equals(period + item)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** Goals of each kind, compared as one text with 目标N： numbering and spaces left out. */
        private void goals() {
            Map<String, StringBuilder> expectedByKind = new TreeMap<>();
            Map<String, String> periods = new TreeMap<>();
            for (JsonNode goal : expected.path("goals")) {
                expectedByKind.computeIfAbsent(goal.path("kind").asText(), k -> new StringBuilder())
                        .append(goal.path("text").asText());
                if (!goal.path("period").isNull()) {
                    periods.put(goal.path("kind").asText(), goal.path("period").asText());
                }
            }
            Map<String, StringBuilder> actualByKind = new TreeMap<>();
            Map<String, List<String>> actualPeriods = new TreeMap<>();
            for (JsonNode goals : inFormAndProjects("goals")) {
                for (JsonNode goal : goals) {
                    String kind = goal.path("kind").asText();
                    actualByKind.computeIfAbsent(kind, k -> new StringBuilder()).append(goal.path("text").asText(""));
                    actualPeriods.computeIfAbsent(kind, k -> new ArrayList<>()).add(goal.path("period").asText(""));
                }
            }
            expectedByKind.forEach((kind, text) -> {
                String got = actualByKind.containsKey(kind) ? goalText(actualByKind.get(kind).toString()) : null;
                if (!goalText(text.toString()).equals(got)) {
                    problem(got == null ? "goals missing" : "goals", kind + ": expected 「" + text + "」, got " + (got == null ? "none" : "「" + got + "」"));
                }
            });
            periods.forEach((kind, period) -> {
                if (!actualPeriods.getOrDefault(kind, List.of()).contains(period)) {
                    problem(actualPeriods.containsKey(kind) ? "goal period" : "goal period missing", kind + " " + period);
                }
            });
        }

        private void tasks() {
            for (JsonNode task : expected.path("tasks")) {
                String name = task.path("name").asText();
                JsonNode match = null;
                for (JsonNode actual : form.path("tasks")) {
                    if (sameText(name, actual.path("name"))) {
                        match = actual;
                    }
                }
                if (match == null) {
                    problem("task missing", name);
                } else if (!sameText(task.path("content").asText(), match.path("content"))
                        || !sameAmount(task.path("amount").decimalValue(), match.path("amount"))) {
                    problem("task value", name + ": expected " + task.path("content").asText() + " / "
                            + task.path("raw").asText() + ", got " + match.path("content").asText() + " / "
                            + match.path("raw").asText());
                }
            }
        }

        private void listedProjects() {
            for (JsonNode project : expected.path("projects")) {
                String name = project.path("name").asText();
                JsonNode match = null;
                for (JsonNode actual : form.path("projects")) {
                    if (sameText(name, actual.path("name"))) {
                        match = actual;
                    }
                }
                if (match == null) {
                    problem("listed project missing", name);
                    continue;
                }
                if (!sameText(project.path("category").asText(), match.path("category"))) {
                    problem("listed project value", name + ": category " + project.path("category").asText());
                }
                fields(project.path("fields"), List.of(match.path("fields")), name + ": ");
                funding(project.path("funding"), List.of(match.path("funding")), name + ": ");
            }
        }

        private void indicators() {
            List<JsonNode> actual = new ArrayList<>();
            for (JsonNode array : inFormAndProjects("indicators")) {
                array.forEach(actual::add);
            }
            List<JsonNode> unmatched = new ArrayList<>();
            for (JsonNode indicator : expected.path("indicators")) {
                JsonNode exact = null;
                JsonNode sameKey = null;
                for (JsonNode candidate : actual) {
                    if (key(indicator).equals(key(candidate))) {
                        if (differences(indicator, candidate).isEmpty()) {
                            exact = candidate;
                            break;
                        }
                        sameKey = sameKey == null ? candidate : sameKey;
                    }
                }
                if (exact != null) {
                    actual.remove(exact);
                    indicatorsRight++;
                } else if (sameKey != null) {
                    actual.remove(sameKey);
                    for (Problem difference : differences(indicator, sameKey)) {
                        problems.add(new Problem(difference.kind(), index, where + key(indicator) + " " + difference.message()));
                    }
                } else {
                    unmatched.add(indicator);
                }
            }
            for (JsonNode indicator : unmatched) {
                problem("indicator missing", key(indicator) + " " + targets(indicator));
            }
            for (JsonNode indicator : actual) {
                problem("indicator unexpected", key(indicator) + " " + targets(indicator));
            }
        }

        private List<Problem> differences(JsonNode expected, JsonNode actual) {
            List<Problem> differences = new ArrayList<>();
            if (!sameNumber(expected.path("level1_score"), actual.path("level1_score"))) {
                differences.add(new Problem("indicator level1_score", index, "level1_score: expected "
                        + expected.path("level1_score") + ", got " + actual.path("level1_score")));
            }
            if (expected.path("core").asBoolean() != actual.path("core").asBoolean(false)) {
                differences.add(new Problem("indicator core", index, "core: expected " + expected.path("core") + ", got "
                        + actual.path("core")));
            }
            if (!sameTargets(expected.path("targets"), actual.path("targets"))) {
                differences.add(new Problem("indicator targets", index, "targets: expected " + targets(expected) + ", got "
                        + targets(actual)));
            }
            if (!sameNumber(expected.path("weight"), actual.path("weight"))) {
                differences.add(new Problem("indicator weight", index, "weight: expected " + expected.path("weight") + ", got "
                        + actual.path("weight")));
            }
            if (!sameTexts(expected.path("extra"), actual.path("extra"))) {
                differences.add(new Problem("indicator extra", index, "extra: expected " + expected.path("extra") + ", got "
                        + actual.path("extra")));
            }
            if (!sameOptionalText(expected.path("basis"), actual.path("basis"))) {
                differences.add(new Problem("indicator basis", index, "basis: expected " + expected.path("basis") + ", got "
                        + actual.path("basis")));
            }
            return differences;
        }

        private boolean sameTargets(JsonNode expected, JsonNode actual) {
            if (!actual.isObject() || expected.size() != actual.size()) {
                return false;
            }
            for (Iterator<Map.Entry<String, JsonNode>> e = expected.fields(); e.hasNext();) {
                Map.Entry<String, JsonNode> target = e.next();
                JsonNode other = actual.get(target.getKey());
                if (other == null || !sameText(target.getValue().path("raw").asText(), other.path("raw"))
                        || !Objects.equals(text(target.getValue().path("op")), text(other.path("op")))
                        || !sameNumber(target.getValue().path("number"), other.path("number"))
                        || !Objects.equals(text(target.getValue().path("unit")), text(other.path("unit")))) {
                    return false;
                }
            }
            return true;
        }

        private boolean sameTexts(JsonNode expected, JsonNode actual) {
            if (!actual.isObject() && !(actual.isMissingNode() && expected.isEmpty())) {
                return false;
            }
            if (expected.size() != actual.size()) {
                return false;
            }
            for (Iterator<Map.Entry<String, JsonNode>> e = expected.fields(); e.hasNext();) {
                Map.Entry<String, JsonNode> entry = e.next();
                if (!actual.has(entry.getKey()) || !sameText(entry.getValue().asText(), actual.get(entry.getKey()))) {
                    return false;
                }
            }
            return true;
        }

        private boolean sameOptionalText(JsonNode expected, JsonNode actual) {
            return expected.isNull() ? text(actual) == null : sameText(expected.asText(), actual);
        }

        private void same(String kind, JsonNode expected, JsonNode actual) {
            if (!sameText(expected.asText(), actual)) {
                problem(text(actual) == null ? kind + " missing" : kind, "expected " + expected.asText() + ", got " + (actual.isMissingNode() ? "none" : actual.asText()));
            }
        }

        private void problem(String kind, String message) {
            problems.add(new Problem(kind, index, where + kind + ": " + message));
        }
    }

    private static String key(JsonNode indicator) {
        return "[" + text(indicator.path("level1")) + " | " + text(indicator.path("level2")) + " | "
                + text(indicator.path("level3")) + (text(indicator.path("period")) == null ? ""
                : " | " + text(indicator.path("period"))) + "]";
    }

    private static String targets(JsonNode indicator) {
        List<String> parts = new ArrayList<>();
        indicator.path("targets").fields().forEachRemaining(t -> parts.add(t.getKey() + "=" + t.getValue().path("raw").asText()));
        return parts.toString();
    }

    /** A JSON value as text, null for null or absent. */
    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node.asText();
    }

    private boolean sameText(String expected, JsonNode actual) {
        String got = text(actual);
        if (got == null) {
            return false;
        }
        return looseSpaces ? squeeze(expected).equals(squeeze(got)) : expected.strip().equals(got.strip());
    }

    private static boolean sameAmount(BigDecimal expected, JsonNode actual) {
        return actual != null && actual.isNumber() && expected.compareTo(actual.decimalValue()) == 0;
    }

    private static boolean sameNumber(JsonNode expected, JsonNode actual) {
        if (expected.isNull() || expected.isMissingNode()) {
            return actual.isNull() || actual.isMissingNode();
        }
        return sameAmount(expected.decimalValue(), actual);
    }

    private static String itemLabel(String label) {
        return SUBTOTAL_PREFIX.matcher(squeeze(label)).replaceFirst("");
    }

    private static String goalText(String text) {
        return squeeze(GOAL_NUMBER.matcher(text).replaceAll(""));
    }

    private static String squeeze(String text) {
        return SPACE.matcher(text).replaceAll("");
    }
}
