package org.perftable.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perftable.filing.Level1Category;

class CheckRulesTest {

    @TempDir
    Path dir;

    @Test
    void theNationalDefaultAsksForOutputEffectSatisfactionAndCost() {
        CheckRules national = CheckRules.national();
        assertEquals(List.of(Level1Category.OUTPUT, Level1Category.EFFECT, Level1Category.SATISFACTION),
                national.requiredLevel1());
        assertTrue(national.costRequired());
        assertTrue(national.quantitativeRequired());
        assertEquals(0, national.satisfactionMinimum().compareTo(BigDecimal.valueOf(80)));
        assertEquals(Set.of(), national.skipped());
    }

    @Test
    void aRulesFileReplacesTheDefaultWhole() throws IOException {
        Path file = dir.resolve("rules.properties");
        Files.writeString(file, """
                # 某省 2024
                required_level1 = output, satisfaction
                cost_indicator = optional
                quantitative_per_level2 = optional
                satisfaction_minimum = 85
                skip = plausibility.annual_period, completeness.duplicate
                """);
        CheckRules rules = CheckRules.load(file);
        assertEquals(List.of(Level1Category.OUTPUT, Level1Category.SATISFACTION), rules.requiredLevel1());
        assertEquals(false, rules.costRequired());
        assertEquals(new BigDecimal("85"), rules.satisfactionMinimum());
        assertEquals(Set.of(Rule.PLAUSIBILITY_ANNUAL_PERIOD, Rule.COMPLETENESS_DUPLICATE), rules.skipped());
    }

    @Test
    void aMissingUnknownOrBadSettingIsRefusedByName() throws IOException {
        Path file = dir.resolve("rules.properties");
        Files.writeString(file, "required_level1 = output\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CheckRules.load(file)).getMessage()
                .contains("setting cost_indicator is missing"));
        Files.writeString(file, """
                required_level1 = output
                cost_indicator = sometimes
                quantitative_per_level2 = optional
                satisfaction_minimum = 85
                skip =
                """);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CheckRules.load(file)).getMessage()
                .contains("cost_indicator is required or optional, not sometimes"));
        Files.writeString(file, Files.readString(file).replace("sometimes", "required") + "colour = red\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CheckRules.load(file)).getMessage()
                .contains("unknown setting colour"));
    }
}
