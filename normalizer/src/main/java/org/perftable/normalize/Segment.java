package org.perftable.normalize;

import java.util.List;
import org.perftable.grid.Block;

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
}
