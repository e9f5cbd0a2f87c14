package org.perftable.samplegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator draws the same filings from the same seed, and its truth states only what the filing prints. */
class VariantGeneratorTest {

    @Test
    void theSameSeedDrawsTheSameFilings(@TempDir Path dir) throws IOException {
        Path first = Files.createDirectories(dir.resolve("first"));
        Path second = Files.createDirectories(dir.resolve("second"));
        List<Variant> a = new VariantGenerator(7).next("v", 20);
        List<Variant> b = new VariantGenerator(7).next("v", 20);
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).truthJson(), b.get(i).truthJson());
            assertEquals(Files.readString(a.get(i).write(first, Variant.Format.TXT)),
                    Files.readString(b.get(i).write(second, Variant.Format.TXT)));
        }
    }

    @Test
    void everyFactOfTheTruthIsPrinted(@TempDir Path dir) throws IOException {
        for (Variant variant : new VariantGenerator(11).next("v", 150)) {
            String printed = Files.readString(variant.write(dir, Variant.Format.TXT));
            List<String> facts = new ArrayList<>();
            for (Truth.Form form : variant.truth().forms()) {
                facts.add(form.projectName());
                facts.add(form.department());
                form.fields().forEach((label, value) -> facts.add(label));
                form.funding().forEach(line -> facts.add(line.item()));
                form.funding().forEach(line -> facts.add(line.raw()));
                form.goals().forEach(goal -> facts.add(goal.text()));
                form.tasks().forEach(task -> facts.add(task.name() + "\t" + task.content()));
                form.projects().forEach(project -> facts.add(project.name() + "\t" + project.category()));
                for (Truth.Indicator indicator : form.indicators()) {
                    facts.add((indicator.core() ? "★" : "") + indicator.level3());
                    indicator.extra().forEach((header, text) -> facts.add(header));
                    indicator.extra().forEach((header, text) -> facts.add(text));
                    if (!variant.truth().features().contains("value_split")) {
                        indicator.targets().values().forEach(target -> facts.add(target.raw()));
                    }
                }
            }
            for (String fact : facts) {
                assertTrue(fact == null || printed.contains(fact), variant.truth().name() + " does not print " + fact);
            }
        }
    }

    @Test
    void theDrawsCoverEveryFamilyAndFeature() {
        Set<String> families = new TreeSet<>();
        Set<String> features = new TreeSet<>();
        for (Variant variant : new VariantGenerator(3).next("v", 300)) {
            families.add(variant.truth().family());
            features.addAll(variant.truth().features());
        }
        assertEquals(Set.of("project", "department_budget", "department_expenditure", "transfer"), families);
        assertTrue(features.containsAll(List.of("levels_1", "levels_2", "levels_3", "value_split", "value_period_groups",
                "value_annual_and_period", "scored_level1", "core_marks", "page_break_in_table", "header_repeated",
                "header_not_repeated", "merged_level_cut_by_page", "empty_category_row", "forms_3", "tasks_split_amounts",
                "project_list", "funding_periods_side_by_side", "goals_side_by_side", "goals_run_on", "choices",
                "label_value_in_one_cell", "extra_columns", "weight_column", "unknown_column")), features.toString());
    }
}
