package org.perftable.checks;

import java.util.List;
import org.perftable.filing.Filing;
import org.perftable.filing.Form;

/** A form with the filing it belongs to, for the rules that compare forms of one file. */
record FormInFiling(Filing filing, int index, Form form) {

    /** The forms printed after this one. */
    List<Form> following() {
        return filing.forms().subList(index + 1, filing.forms().size());
    }

    boolean isDepartmentForm() {
        return form.type().startsWith("department_");
    }
}
