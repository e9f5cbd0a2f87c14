package org.perftable.samplegen;

import java.util.ArrayList;
import java.util.List;
import org.perftable.samplegen.OfficeSamples.Part;

/** A filing's pages as they are printed: text lines and tables, page by page. */
final class PrintedPages {

    private final List<List<Part>> pages = new ArrayList<>();

    PrintedPages() {
        pages.add(new ArrayList<>());
    }

    void line(String text) {
        current().add(new Part(text, null));
    }

    void table(TableDraft table) {
        if (!table.isEmpty()) {
            current().add(new Part(null, table.layout()));
        }
    }

    void newPage() {
        if (!current().isEmpty()) {
            pages.add(new ArrayList<>());
        }
    }

    List<List<Part>> pages() {
        return pages;
    }

    private List<Part> current() {
        return pages.get(pages.size() - 1);
    }
}
