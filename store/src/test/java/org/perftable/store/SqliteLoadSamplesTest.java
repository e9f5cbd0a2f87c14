package org.perftable.store;

/** The samples in a SQLite file. */
class SqliteLoadSamplesTest extends LoadSamplesTest {

    @Override
    String emptyDatabase() {
        return directory.resolve("audit.sqlite").toString();
    }
}
