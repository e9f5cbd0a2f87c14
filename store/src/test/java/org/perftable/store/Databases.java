package org.perftable.store;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The real databases the tests load into: a SQLite file in a temporary directory, and the PostgreSQL
 * server named by {@code PERFTABLE_TEST_POSTGRES_URL} (set by {@code .ci/run} and printed by
 * {@code scripts/start-postgres.sh}). Without that variable the PostgreSQL tests are skipped, except
 * in CI ({@code CI=true}), where they fail instead of passing unseen.
 */
final class Databases {

    static final String POSTGRES_URL_VARIABLE = "PERFTABLE_TEST_POSTGRES_URL";

    private Databases() {
    }

    /** The PostgreSQL URL, its audit tables dropped so that each test starts from an empty schema. */
    static String emptyPostgres() throws SQLException {
        String url = System.getenv(POSTGRES_URL_VARIABLE);
        if (url == null || url.isBlank()) {
            if ("true".equals(System.getenv("CI"))) {
                fail(POSTGRES_URL_VARIABLE + " is not set: CI must start PostgreSQL (.ci/run does)");
            }
            assumeTrue(false, POSTGRES_URL_VARIABLE + " not set: PostgreSQL tests skipped outside CI");
        }
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            for (Table table : AuditTables.ALL) {
                statement.execute("DROP TABLE IF EXISTS " + table.name());
            }
        }
        return url;
    }
}
