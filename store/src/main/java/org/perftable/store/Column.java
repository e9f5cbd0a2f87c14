package org.perftable.store;

/** One column of an audit table, with what it holds. */
public record Column(String name, ColumnType type, String description) {
}
