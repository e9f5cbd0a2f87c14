package org.perftable.filing;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The id of every record of a filing: its position in the document as a short path, unique within the
 * filing. Forms are {@code f0}, {@code f1} …; inside a form, budget lines {@code b}, goals {@code g},
 * tasks {@code t}, projects {@code p} and form-level indicators {@code i}; inside a project, funding lines
 * {@code fu}, details {@code d}, purchases {@code pu}, goals {@code g} and indicators {@code i}. Each
 * letter is followed by the zero-based index in its list, as in {@code f0/p1/i7} — the same index as
 * {@code .forms[0].projects[1].indicators[7]}. Ids are given by identity, so two equal records printed
 * twice keep their own ids; a record object placed twice in one filing keeps the id of its first place.
 */
public final class RecordIds {

    private final Map<Object, String> ids = new IdentityHashMap<>();

    private RecordIds() {
    }

    public static RecordIds of(Filing filing) {
        RecordIds ids = new RecordIds();
        List<Form> forms = filing.forms();
        for (int f = 0; f < forms.size(); f++) {
            Form form = forms.get(f);
            String formId = "f" + f;
            ids.put(form, formId);
            ids.putAll(formId + "/b", form.budget());
            ids.putAll(formId + "/g", form.goals());
            ids.putAll(formId + "/t", form.tasks());
            ids.putAll(formId + "/p", form.projects());
            ids.putAll(formId + "/i", form.indicators());
            for (int p = 0; p < form.projects().size(); p++) {
                Project project = form.projects().get(p);
                String projectId = formId + "/p" + p;
                ids.putAll(projectId + "/fu", project.funding());
                ids.putAll(projectId + "/d", project.details());
                ids.putAll(projectId + "/pu", project.purchases());
                ids.putAll(projectId + "/g", project.goals());
                ids.putAll(projectId + "/i", project.indicators());
            }
        }
        return ids;
    }

    /** The record's id, or null when the object is no record of this filing. */
    public String idOf(Object record) {
        return record == null ? null : ids.get(record);
    }

    private void put(Object record, String id) {
        ids.putIfAbsent(record, id);
    }

    private void putAll(String prefix, List<?> records) {
        for (int i = 0; i < records.size(); i++) {
            put(records.get(i), prefix + i);
        }
    }
}
