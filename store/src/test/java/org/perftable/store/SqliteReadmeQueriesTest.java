package org.perftable.store;

/** The README's queries on SQLite. */
class SqliteReadmeQueriesTest extends ReadmeQueriesTest {

    @Override
    String emptyDatabase() {
        return directory.resolve("audit.sqlite").toString();
    }
}
