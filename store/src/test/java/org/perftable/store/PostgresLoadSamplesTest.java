package org.perftable.store;

/** The samples in a PostgreSQL server (see {@link Databases}). */
class PostgresLoadSamplesTest extends LoadSamplesTest {

    @Override
    String emptyDatabase() throws Exception {
        return Databases.emptyPostgres();
    }
}
