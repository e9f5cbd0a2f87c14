package org.perftable.read;

import java.util.ArrayList;
import java.util.List;
import org.perftable.grid.Block;
import org.perftable.grid.Page;
import org.perftable.grid.TextLine;

/**
 * Collects a Word file's blocks into pages as the file's explicit breaks divide them. A page that
 * only a break at the very end opens is not counted.
 */
final class WordPages {

    private final List<Page> pages = new ArrayList<>();
    private List<Block> blocks = new ArrayList<>();
    private boolean occupied;

    /** The one-based number of the page being filled. */
    int number() {
        return pages.size() + 1;
    }

    void add(Block block) {
        blocks.add(block);
        occupied = true;
    }

    /**
     * A paragraph outside tables: a text line for each non-blank stretch between its page breaks
     * (marked {@link WordText#PAGE_BREAK}), each on its page. An empty paragraph still takes room on
     * the page.
     */
    void paragraph(String text, boolean pageBreakBefore, String source) {
        if (pageBreakBefore) {
            breakPageUnlessAtTop();
        }
        occupied = true;
        String[] parts = text.split(String.valueOf(WordText.PAGE_BREAK), -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                breakPage();
            }
            String line = WordText.line(parts[i]);
            if (!line.isEmpty()) {
                add(new TextLine(line, number(), source));
            }
        }
    }

    /** A page break, a section starting on a new page: always a new page. */
    void breakPage() {
        pages.add(new Page(number(), blocks));
        blocks = new ArrayList<>();
        occupied = false;
    }

    /** "Page break before" on a paragraph: a new page unless the paragraph already starts one. */
    void breakPageUnlessAtTop() {
        if (occupied) {
            breakPage();
        }
    }

    List<Page> pages() {
        List<Page> all = new ArrayList<>(pages);
        if (!blocks.isEmpty() || all.isEmpty()) {
            all.add(new Page(number(), blocks));
        }
        return all;
    }
}
