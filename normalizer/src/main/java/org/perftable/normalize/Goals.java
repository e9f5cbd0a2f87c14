package org.perftable.normalize;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.perftable.filing.Goal;

/** Goal texts: a goal cell holds one goal per paragraph, numbered 目标1… when printed so. */
final class Goals {

    private static final Pattern NUMBERED = Pattern.compile("^目标\\s*(\\d+)\\s*[:：]");
    /** Goals run on in one paragraph too: "…发展；目标2：…". The separator stays with the goal it ends. */
    private static final Pattern RUN_ON = Pattern.compile("(?<=[；;。])\\s*(?=目标\\s*\\d+\\s*[:：])");

    private Goals() {
    }

    /** Adds one goal of the kind per paragraph of a goal cell, or per 目标N where goals run on. */
    static void paragraphs(String kind, String text, int page, List<Goal> goals) {
        for (String paragraph : text.split("\n")) {
            for (String goal : RUN_ON.split(paragraph)) {
                add(kind, goal.strip(), page, goals);
            }
        }
    }

    private static void add(String kind, String text, int page, List<Goal> goals) {
        if (text.isBlank()) {
            return;
        }
        Matcher m = NUMBERED.matcher(text);
        int seq = m.find() ? Integer.parseInt(m.group(1)) : goals.size() + 1;
        goals.add(new Goal(kind, seq, text, page));
    }
}
