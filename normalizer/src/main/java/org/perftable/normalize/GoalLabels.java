package org.perftable.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a goal label names, by the vocabulary's goal section: the goals' kind and the period printed with it. */
final class GoalLabels {

    private static final Pattern LABEL_PERIOD = Pattern.compile("^(.+?)[（(]([^（()）]+)[）)]$");

    private GoalLabels() {
    }

    /** Whether a label only heads the goal rows (绩效目标) without naming a kind. */
    static boolean isSection(String printed) {
        return "section".equals(Vocabulary.standard().role(Vocabulary.Section.GOAL, printed));
    }

    /** The goal kind a label names, or null: 年度目标 annual, 实施期目标（2024年—2026年） implementation_period. */
    static String kind(String printed) {
        String kind = Vocabulary.standard().role(Vocabulary.Section.GOAL, printed);
        if ("section".equals(kind)) {
            return null;
        }
        if (kind == null) {
            Matcher m = LABEL_PERIOD.matcher(Labels.key(printed));
            if (m.matches()) {
                kind = Vocabulary.standard().role(Vocabulary.Section.GOAL, m.group(1));
            }
        }
        return kind;
    }

    /** The goal kind a department's goal section label names; 总体 and 整体 goals, and labels of no kind, are overall. */
    static String blockKind(String printed) {
        String kind = kind(printed);
        String key = Labels.key(printed);
        return kind == null || key.contains("总体") || key.contains("整体") ? "overall" : kind;
    }

    /** The period printed in a goal label's brackets: 实施期目标（2024年—2026年） → 2024年—2026年. */
    static String period(String printed) {
        Matcher m = LABEL_PERIOD.matcher(Labels.key(printed));
        return m.matches() && m.group(2).matches(".*\\d{4}.*") ? m.group(2) : null;
    }
}
