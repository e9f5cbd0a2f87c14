package org.perftable.grid;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of a filing: text lines and tables in reading order.
 *
 * @param number one-based page number
 * @param blocks text lines and table rows in reading order
 */
public record Page(int number, List<Block> blocks) {

    public Page {
        blocks = List.copyOf(blocks);
    }

    /** The page's tables: runs of consecutive rows. */
    public List<Table> tables() {
        List<Table> tables = new ArrayList<>();
        List<Row> run = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof Row row) {
                run.add(row);
            } else if (!run.isEmpty()) {
                tables.add(new Table(run, number));
                run = new ArrayList<>();
            }
        }
        if (!run.isEmpty()) {
            tables.add(new Table(run, number));
        }
        return tables;
    }
}
