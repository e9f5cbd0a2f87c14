package org.perftable.grid;

import java.util.List;

/** Consecutive rows the source draws as one table on one page. */
public record Table(List<Row> rows, int page) {

    public Table {
        rows = List.copyOf(rows);
    }
}
