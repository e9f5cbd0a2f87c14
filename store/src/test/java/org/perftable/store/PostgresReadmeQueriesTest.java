package org.perftable.store;

/** The README's queries on PostgreSQL (see {@link Databases}). */
class PostgresReadmeQueriesTest extends ReadmeQueriesTest {

    @Override
    String emptyDatabase() throws Exception {
        return Databases.emptyPostgres();
    }
}
