package org.perftable.normalize;

import java.util.List;
import java.util.function.Predicate;
import org.perftable.grid.Block;
import org.perftable.grid.Row;

/**
 * The blocks of one form: from its title to the next form's title.
 *
 * @param title  the printed title, unwrapped
 * @param blocks the blocks from the title line on
 */
record Segment(String title, List<Block> blocks) {

    Segment {
        blocks = List.copyOf(blocks);
    }

    /** Whether this is a project form (项目 in its title) with a row that passes the test. */
    boolean isProjectFormWith(Predicate<RowText> test) {
        return Labels.key(title).contains("项目") && blocks.stream()
                .filter(Row.class::isInstance)
                .map(b -> RowText.of((Row) b))
                .anyMatch(test);
    }

    /** Whether this is a project form with a text line whose key passes the test. */
    boolean isProjectFormWithLine(Predicate<String> test) {
        return Labels.key(title).contains("项目") && blocks.stream()
                .filter(org.perftable.grid.TextLine.class::isInstance)
                .map(b -> Labels.key(((org.perftable.grid.TextLine) b).text()))
                .anyMatch(test);
    }
}
