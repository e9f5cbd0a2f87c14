package org.perftable.normalize;

import org.perftable.filing.Form;

/** One printed layout of a form: recognises its segments and reads them into a form. */
interface FormLayout {

    /** Whether the segment is printed in this layout, judged by its title and labels. */
    boolean accepts(Segment segment);

    Form read(Segment segment);

    /** Whether a segment with a repeated title is the next page of the previous one, not a new form. */
    default boolean continues(Segment previous, Segment next) {
        return false;
    }
}
