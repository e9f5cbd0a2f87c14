package org.perftable.normalize;

import java.util.ArrayList;
import java.util.List;
import org.perftable.filing.Warning;

/** The warnings of one form, in the order they arose. */
final class Warnings {

    private final List<Warning> list = new ArrayList<>();

    void add(String code, String message, Integer page) {
        list.add(new Warning(code, message, page));
    }

    /** A warning about one record (an indicator, a budget line …), written with that record's id. */
    void add(Object concerns, String code, String message, Integer page) {
        list.add(new Warning(code, message, page, concerns));
    }

    /** A cell nothing else took: kept in a warning so no printed text is lost silently. */
    void unplaced(CellText cell, int page, String where) {
        add("unplaced_cell", "cell " + quote(cell.text()) + " in " + where + " fits no field", page);
    }

    List<Warning> list() {
        return List.copyOf(list);
    }

    /** The start of a long text, enough to find it in the filing. */
    static String head(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    static String quote(String text) {
        return "「" + text + "」";
    }
}
