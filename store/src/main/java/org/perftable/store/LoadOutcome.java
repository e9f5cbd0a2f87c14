package org.perftable.store;

/** What loading one filing did. */
public enum LoadOutcome {
    /** the filing was not in the database: its rows were added */
    ADDED,
    /** the filing's JSON had changed: its rows were replaced */
    REPLACED,
    /** the same JSON was loaded before: its rows were kept */
    UNCHANGED
}
