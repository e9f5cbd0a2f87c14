package org.perftable.normalize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.perftable.filing.BudgetLine;
import org.perftable.filing.Choice;
import org.perftable.filing.Goal;
import org.perftable.filing.Indicator;
import org.perftable.filing.Project;

/** A project being read: its fields, checkbox groups, funding, detail tables, goals and indicators. */
final class ProjectDraft {

    String name;
    String category;
    final int page;
    final Map<String, String> fields = new LinkedHashMap<>();
    final Map<String, List<Choice>> choices = new LinkedHashMap<>();
    final List<BudgetLine> funding = new ArrayList<>();
    final List<Map<String, Object>> details = new ArrayList<>();
    final List<Map<String, Object>> purchases = new ArrayList<>();
    final List<Goal> goals = new ArrayList<>();
    final List<Indicator> indicators = new ArrayList<>();

    ProjectDraft(int page) {
        this.page = page;
    }

    /** Whether nothing of the project was read (its form's tables stayed text): no record is made of it. */
    boolean empty() {
        return name == null && category == null && fields.isEmpty() && choices.isEmpty() && funding.isEmpty()
                && details.isEmpty() && purchases.isEmpty() && goals.isEmpty() && indicators.isEmpty();
    }

    Project toProject() {
        return new Project(name, category, fields, choices, funding, details, purchases, goals, indicators, page);
    }
}
