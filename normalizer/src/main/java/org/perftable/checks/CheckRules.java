package org.perftable.checks;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.perftable.filing.Level1Category;

/**
 * The settings of the checks that differ by region and year, read from a rules file: the national
 * default ({@code national-rules.properties}, documented line by line) or a file that replaces it whole.
 *
 * @param requiredLevel1       一级 categories every project and department form with indicators must have
 * @param costRequired         whether a 成本指标 must be present
 * @param quantitativeRequired whether every 二级 category needs an indicator with a numeric target
 * @param satisfactionMinimum  the lowest plausible 满意度 target, in percent
 * @param skipped              rules not run
 */
public record CheckRules(List<Level1Category> requiredLevel1, boolean costRequired, boolean quantitativeRequired,
        BigDecimal satisfactionMinimum, Set<Rule> skipped) {

    /** The system property naming a rules file, so that worker processes read the same rules. */
    public static final String PROPERTY = "perftable.rules";

    private static final String NATIONAL = "national-rules.properties";
    private static final Set<String> SETTINGS = Set.of("required_level1", "cost_indicator", "quantitative_per_level2",
            "satisfaction_minimum", "skip");

    private static final CheckRules NATIONAL_RULES = loadNational();

    /** Rules files read in this JVM, by path: a worker reads its file once, not once per filing. */
    private static final Map<String, CheckRules> READ = new ConcurrentHashMap<>();

    public static CheckRules national() {
        return NATIONAL_RULES;
    }

    /** The rules named by the {@value #PROPERTY} system property, else the national default. */
    public static CheckRules current() throws IOException {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isEmpty()) {
            return NATIONAL_RULES;
        }
        CheckRules rules = READ.get(file);
        if (rules == null) {
            rules = load(Path.of(file));
            READ.put(file, rules);
        }
        return rules;
    }

    /** Reads a rules file; fails with a message naming the setting on a missing, unknown or bad one. */
    public static CheckRules load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    private static CheckRules loadNational() {
        try (InputStream in = CheckRules.class.getResourceAsStream(NATIONAL)) {
            return read(in, NATIONAL);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the built-in " + NATIONAL, e);
        }
    }

    private static CheckRules read(InputStream in, String name) throws IOException {
        Properties settings = new Properties();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            settings.load(reader);
        }
        Set<String> unknown = new TreeSet<>(settings.stringPropertyNames());
        unknown.removeAll(SETTINGS);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(name + ": unknown setting " + String.join(", ", unknown));
        }
        for (String setting : new TreeSet<>(SETTINGS)) {
            if (settings.getProperty(setting) == null) {
                throw new IllegalArgumentException(name + ": setting " + setting + " is missing");
            }
        }
        List<Level1Category> level1 = new ArrayList<>();
        for (String code : list(settings.getProperty("required_level1"))) {
            level1.add(level1(code, name));
        }
        Set<Rule> skipped = EnumSet.noneOf(Rule.class);
        for (String id : list(settings.getProperty("skip"))) {
            Rule rule = Rule.byId(id);
            if (rule == null) {
                throw new IllegalArgumentException(name + ": skip names no rule: " + id);
            }
            skipped.add(rule);
        }
        BigDecimal minimum;
        try {
            minimum = new BigDecimal(settings.getProperty("satisfaction_minimum").strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": satisfaction_minimum is no number: "
                    + settings.getProperty("satisfaction_minimum"));
        }
        return new CheckRules(List.copyOf(level1), required(settings, "cost_indicator", name),
                required(settings, "quantitative_per_level2", name), minimum, Set.copyOf(skipped));
    }

    private static Level1Category level1(String code, String name) {
        for (Level1Category category : Level1Category.values()) {
            if (category.code().equals(code)) {
                return category;
            }
        }
        throw new IllegalArgumentException(name + ": required_level1 names no 一级 category: " + code);
    }

    private static boolean required(Properties settings, String setting, String name) {
        String value = settings.getProperty(setting).strip();
        return switch (value) {
            case "required" -> true;
            case "optional" -> false;
            default -> throw new IllegalArgumentException(name + ": " + setting + " is required or optional, not " + value);
        };
    }

    private static List<String> list(String value) {
        List<String> items = new ArrayList<>();
        for (String item : value.split(",")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }
}
