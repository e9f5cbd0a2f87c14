package org.perftable.store;

/** The SQL types of the audit tables, the same words in SQLite and PostgreSQL. */
public enum ColumnType {
    /** text as printed, an id, or a JSON document */
    TEXT,
    /** a count, a page or a flag (0/1) */
    INTEGER,
    /** an exact decimal: NUMERIC in PostgreSQL; SQLite keeps up to 15 significant digits */
    NUMERIC
}
