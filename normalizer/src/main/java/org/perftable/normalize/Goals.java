package org.perftable.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Goal texts: a goal cell holds one goal per paragraph, numbered 目标1… when printed so. */
final class Goals {

    private static final Pattern NUMBERED = Pattern.compile("^目标\\s*(\\d+)\\s*[:：]");
    /** Goals run on in one paragraph too: "…发展；目标2：…". The separator stays with the goal it ends. */
    private static final Pattern RUN_ON = Pattern.compile("(?<=[；;。])\\s*(?=目标\\s*\\d+\\s*[:：])");

    private Goals() {
    }

    /** The goals of a goal cell's text: one per paragraph, or per 目标N where goals run on. */
    static List<String> split(String text) {
        List<String> goals = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            for (String goal : RUN_ON.split(paragraph)) {
                if (!goal.isBlank()) {
                    goals.add(goal.strip());
                }
            }
        }
        return goals;
    }

    /** The number a goal is printed with (目标2：… → 2), or null when it is printed without one. */
    static Integer number(String goal) {
        Matcher m = NUMBERED.matcher(goal);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }
}
