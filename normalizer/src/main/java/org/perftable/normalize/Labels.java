package org.perftable.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Matching of printed labels: keys without whitespace, goal labels, value-basis words. */
final class Labels {

    private static final Pattern GOAL = Pattern.compile("^(长期|年度)(?:绩效)?目标(\\d+)$");
    private static final Pattern GOAL_WORD = Pattern.compile("^(长期|年度)(?:绩效)?目标$");
    private static final Pattern TRAILING_COLON = Pattern.compile("(?<![:：])[:：]++$");
    private static final Pattern BASIS = Pattern.compile("^(计划|历史|行业|其他)(标准|指标)$|^其他$");

    private Labels() {
    }

    /** The text with all whitespace and a trailing colon removed, for matching only. */
    static String key(String text) {
        String compact = CjkText.compact(text);
        return TRAILING_COLON.matcher(compact).replaceFirst("");
    }

    /** The goal a label such as {@code 长期目标 1:} or {@code 年度绩效目标2} names, or null. */
    static org.perftable.filing.GoalRef goal(String key) {
        Matcher m = GOAL.matcher(key);
        if (!m.matches()) {
            return null;
        }
        return new org.perftable.filing.GoalRef(m.group(1).equals("长期") ? "long_term" : "annual",
                Integer.parseInt(m.group(2)));
    }

    /** The goal a label cut from its number names ({@code 年度目标} on one page, {@code 3:} on the next), or null. */
    static org.perftable.filing.GoalRef goal(String wordKey, String numberKey) {
        return GOAL_WORD.matcher(wordKey).matches() && numberKey.matches("\\d+") ? goal(wordKey + numberKey) : null;
    }

    /** Whether a cell holds a 指标值确定依据 word (计划标准, 历史指标…). */
    static boolean isBasis(String key) {
        return BASIS.matcher(key).matches();
    }
}
