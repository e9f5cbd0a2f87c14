package org.perftable.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.perftable.filing.BudgetLine;
import org.perftable.filing.Form;
import org.perftable.filing.Keys;
import org.perftable.filing.Project;

/**
 * One table of amounts: a form's budget lines or a project's funding lines.
 *
 * @param owner the form or project the lines belong to
 * @param name  how messages name it: 预算 of the form, or the project's name
 */
record AmountTable(Object owner, String name, List<BudgetLine> lines) {

    private static final Pattern TOTAL = Pattern.compile("(合计|总计|小计)|.+(合计|总计)");
    private static final Pattern TOTAL_WORD = Pattern.compile("合计|总计");
    private static final Pattern SUB_LINE = Pattern.compile("^其中[:：]?");

    /** The form's budget, then each project's funding. */
    static List<AmountTable> of(Form form) {
        List<AmountTable> tables = new ArrayList<>();
        if (!form.budget().isEmpty()) {
            tables.add(new AmountTable(form, "the form's budget", form.budget()));
        }
        for (Project project : form.projects()) {
            if (!project.funding().isEmpty()) {
                tables.add(new AmountTable(project, "the funding of " + project.name(), project.funding()));
            }
        }
        return tables;
    }

    /** The lines by group and period, each group in printed order. */
    List<List<BudgetLine>> groups() {
        Map<List<String>, List<BudgetLine>> groups = new LinkedHashMap<>();
        for (BudgetLine line : lines) {
            groups.computeIfAbsent(java.util.Arrays.asList(line.group(), line.period()), k -> new ArrayList<>()).add(line);
        }
        return List.copyOf(groups.values());
    }

    /** A 合计, 总计 or 小计 line, or one whose label ends in 合计 or 总计 (金额合计). */
    static boolean isTotal(BudgetLine line) {
        return line.item() != null && TOTAL.matcher(Keys.compact(line.item())).matches();
    }

    /** A cell or group label that is 合计 or 总计 alone: the row summing a table's other rows. */
    static boolean isTotalWord(String printed) {
        return printed != null && TOTAL_WORD.matcher(Keys.compact(printed)).matches();
    }

    /** A 其中 line: part of the line above it, not of the group's sum. */
    static boolean isSubLine(BudgetLine line) {
        return line.item() != null && SUB_LINE.matcher(Keys.compact(line.item())).find();
    }

    /** The label without white space and without a leading 其中： (其中：财政拨款 → 财政拨款). */
    static String label(BudgetLine line) {
        return line.item() == null ? "" : SUB_LINE.matcher(Keys.compact(line.item())).replaceFirst("");
    }

    /** The first line whose label is one of these, in this table and the same period. */
    BudgetLine find(List<String> labels, String period) {
        for (String wanted : labels) {
            for (BudgetLine line : lines) {
                if (label(line).equals(wanted) && Objects.equals(line.period(), period)) {
                    return line;
                }
            }
        }
        return null;
    }

    static String groupName(BudgetLine line) {
        return line.group() == null ? "lines without a heading" : line.group();
    }
}
