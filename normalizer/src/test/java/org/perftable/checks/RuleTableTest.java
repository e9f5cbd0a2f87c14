package org.perftable.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's rule table is the rules the checks run, word for word. */
class RuleTableTest {

    private static final String HEADER = "| rule | what it checks | forms |";

    @Test
    void theReadmeTableListsEveryRuleRunWithWhatItChecksAndWhere() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        int header = lines.indexOf(HEADER);
        List<String> documented = new ArrayList<>();
        for (int i = header + 2; header >= 0 && i < lines.size() && lines.get(i).startsWith("|"); i++) {
            documented.add(lines.get(i));
        }
        List<String> code = Arrays.stream(Rule.values())
                .map(rule -> "| `" + rule.id() + "` | " + rule.checks() + " | " + rule.forms() + " |").toList();
        assertEquals(code, documented);
        assertEquals(EnumSet.allOf(Rule.class), Checker.rulesRun());
    }
}
