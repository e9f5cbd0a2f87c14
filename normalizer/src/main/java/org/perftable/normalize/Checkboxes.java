package org.perftable.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.perftable.filing.Choice;

/** Printed checkbox groups ({@code 持续性项目 ☑ 新增项目 ☐}): each option and whether it is ticked. */
final class Checkboxes {

    private static final String CHECKED = "☑☒■✓✔";
    private static final String BOXES = CHECKED + "☐□";
    private static final Pattern OPTION_THEN_BOX = Pattern.compile(
            // from the start or a box on, the option's text up to its last non-space (or a lone space): one pass per option
            "(?:^|(?<=[" + BOXES + "]))([^" + BOXES + "]*[^\\s" + BOXES + "]|\\s)\\s*([" + BOXES + "])");
    private static final Pattern BOX_THEN_OPTION = Pattern.compile("([" + BOXES + "])\\s*([^" + BOXES + "]+)");

    private Checkboxes() {
    }

    /** The options of a cell, or null when it holds no checkbox. Boxes may follow or precede their option. */
    static List<Choice> parse(String text) {
        String trimmed = text.strip();
        if (trimmed.chars().noneMatch(c -> BOXES.indexOf(c) >= 0)) {
            return null;
        }
        boolean boxFirst = BOXES.indexOf(trimmed.charAt(0)) >= 0;
        Matcher m = (boxFirst ? BOX_THEN_OPTION : OPTION_THEN_BOX).matcher(trimmed);
        List<Choice> choices = new ArrayList<>();
        while (m.find()) {
            String option = (boxFirst ? m.group(2) : m.group(1)).strip();
            String box = boxFirst ? m.group(1) : m.group(2);
            choices.add(new Choice(option, CHECKED.contains(box)));
        }
        return choices;
    }

    /** The ticked options joined as printed lists join them, or null when none is ticked. */
    static String checked(List<Choice> choices) {
        List<String> ticked = choices.stream().filter(Choice::checked).map(Choice::option).toList();
        return ticked.isEmpty() ? null : String.join("、", ticked);
    }
}
