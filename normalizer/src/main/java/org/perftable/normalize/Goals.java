package org.perftable.normalize;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.perftable.filing.Goal;

/** Goal texts: a goal cell holds one goal per paragraph, numbered 目标1… when printed so. */
final class Goals {

    private static final Pattern NUMBERED = Pattern.compile("^目标\\s*(\\d+)\\s*[:：]");

    private Goals() {
    }

    /** Adds one goal of the kind per paragraph of a goal cell. */
    static void paragraphs(String kind, String text, int page, List<Goal> goals) {
        for (String paragraph : text.split("\n")) {
            if (paragraph.isBlank()) {
                continue;
            }
            Matcher m = NUMBERED.matcher(paragraph);
            int seq = m.find() ? Integer.parseInt(m.group(1)) : goals.size() + 1;
            goals.add(new Goal(kind, seq, paragraph.strip(), page));
        }
    }
}
