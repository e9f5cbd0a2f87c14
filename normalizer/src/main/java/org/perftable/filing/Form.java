package org.perftable.filing;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * One recognised form. Department forms fill budget, goals, tasks and indicators; project forms put
 * each project's records inside its entry in {@code projects}. {@code checks} are the audit checks run on
 * the form's records once the whole filing is read.
 */
@JsonPropertyOrder({"type", "title", "pages", "department", "department_key", "unit", "fields", "budget", "goals", "tasks",
        "projects", "indicators", "warnings", "checks"})
public record Form(
        String type,
        String title,
        List<Integer> pages,
        String department,
        String unit,
        Map<String, String> fields,
        List<BudgetLine> budget,
        List<Goal> goals,
        List<Task> tasks,
        List<Project> projects,
        List<Indicator> indicators,
        List<Warning> warnings,
        List<Check> checks) {

    /** A form as read, before any check has run. */
    public Form(String type, String title, List<Integer> pages, String department, String unit,
            Map<String, String> fields, List<BudgetLine> budget, List<Goal> goals, List<Task> tasks,
            List<Project> projects, List<Indicator> indicators, List<Warning> warnings) {
        this(type, title, pages, department, unit, fields, budget, goals, tasks, projects, indicators, warnings,
                List.of());
    }

    /** The same form, its records the very same objects (so they keep their ids), with these checks. */
    public Form withChecks(List<Check> checks) {
        return new Form(type, title, pages, department, unit, fields, budget, goals, tasks, projects, indicators,
                warnings, List.copyOf(checks));
    }

    /** The department without a leading code or a trailing （部门）; see {@link Keys#department}. */
    @JsonProperty("department_key")
    public String departmentKey() {
        return Keys.department(department);
    }
}
