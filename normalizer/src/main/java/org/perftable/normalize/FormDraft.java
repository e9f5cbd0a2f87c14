package org.perftable.normalize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.perftable.filing.BudgetLine;
import org.perftable.filing.Form;
import org.perftable.filing.Goal;
import org.perftable.filing.Indicator;
import org.perftable.filing.Project;
import org.perftable.filing.Task;

/** A form being read: the records found so far and where they were printed. */
final class FormDraft {

    private static final Pattern UNIT_LINE = Pattern.compile("^(?:金额)?单位[:：]\\s*(\\S+)$");
    private static final Pattern DEPARTMENT_LINE = Pattern.compile("^(?:部门|部门（单位）|单位|填报单位)名称[:：]\\s*(.+)$");
    /** A short label and its value on one line: 预算部门：… */
    private static final Pattern LABELLED_LINE = Pattern.compile("^([^:：]{1,12})[:：]\\s*(.+)$");
    private static final Pattern UNIT_IN_HEADER = Pattern.compile("[（(](万元|元|千元|亿元)[）)]");
    /** A code in brackets at either end; spaces around it are stripped after, so no run of them is scanned twice. */
    private static final Pattern DEPARTMENT_CODE = Pattern.compile("^\\s*[\\[【［]\\s*\\d+\\s*[\\]】］]|[\\[【［]\\s*\\d+\\s*[\\]】］]\\s*$");

    final String type;
    final String title;
    final Warnings warnings = new Warnings();
    final SortedSet<Integer> pages = new TreeSet<>();
    final Map<String, String> fields = new LinkedHashMap<>();
    final List<BudgetLine> budget = new ArrayList<>();
    final List<Goal> goals = new ArrayList<>();
    final List<Task> tasks = new ArrayList<>();
    final List<Project> projects = new ArrayList<>();
    final List<Indicator> indicators = new ArrayList<>();
    private String department;
    private String unit;

    FormDraft(String type, String title) {
        this.type = type;
        this.title = title;
    }

    /** Adds a field; a label printed again (a section over several rows) gathers its values line by line. */
    void field(String label, String value) {
        String old = fields.get(label);
        fields.put(label, old == null ? value : value == null ? old : old + "\n" + value);
    }

    /** Adds the rest of a field's text printed further down: a wrapped cell cut by a page break. */
    void continueField(String label, String value) {
        String old = fields.get(label);
        fields.put(label, old == null ? value : CjkText.joinWrapped(old, value));
    }

    /** A head field; a department label (预算部门, 单位名称 …) gives the form its department instead. */
    void headField(String label, String value) {
        if ("department".equals(Vocabulary.standard().role(Vocabulary.Section.DEPARTMENT, label))) {
            department(value);
        } else {
            field(label, value);
        }
    }

    /** Sets the department once, without a code such as {@code [118]}. */
    void department(String printed) {
        if (department == null && printed != null && !printed.isBlank()) {
            department = DEPARTMENT_CODE.matcher(printed).replaceAll("").strip();
        }
    }

    void unit(String printed) {
        if (unit == null) {
            unit = printed;
        }
    }

    /** Takes the unit from a header such as {@code 预算金额（万元）}. */
    void unitFromHeader(String header) {
        Matcher m = UNIT_IN_HEADER.matcher(header);
        if (m.find()) {
            unit(m.group(1));
        }
    }

    /** Reads a 单位：万元 or 部门名称：… line; false when the line is neither. */
    boolean headLine(String text) {
        Matcher unitLine = UNIT_LINE.matcher(text);
        if (unitLine.matches()) {
            unit(unitLine.group(1));
            return true;
        }
        Matcher departmentLine = DEPARTMENT_LINE.matcher(text);
        if (departmentLine.matches()) {
            department(departmentLine.group(1).strip());
            return true;
        }
        Matcher labelled = LABELLED_LINE.matcher(text);
        if (labelled.matches() && "department".equals(
                Vocabulary.standard().role(Vocabulary.Section.DEPARTMENT, labelled.group(1)))) {
            department(labelled.group(2).strip());
            return true;
        }
        return false;
    }

    Form toForm() {
        return new Form(type, title, List.copyOf(pages), department, unit, fields, budget, goals, tasks, projects,
                indicators, warnings.list());
    }
}
