package org.perftable.grid;

import java.util.List;
import java.util.stream.Stream;

/**
 * What every reader yields: the filing's pages in order, each with its text lines and table rows.
 *
 * @param format  the source format, e.g. {@code txt}
 * @param pages   the pages in order
 * @param notices what the reader inferred or could not read
 */
public record Grid(String format, List<Page> pages, List<Notice> notices) {

    public Grid {
        pages = List.copyOf(pages);
        notices = List.copyOf(notices);
    }

    /** All blocks of all pages in reading order. */
    public Stream<Block> blocks() {
        return pages.stream().flatMap(page -> page.blocks().stream());
    }
}
