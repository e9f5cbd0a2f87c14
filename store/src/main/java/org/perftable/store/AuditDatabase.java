package org.perftable.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The audit tables in a database reached through JDBC: a SQLite file, or a PostgreSQL server by its
 * JDBC URL, with the same DDL. Each filing is loaded in one transaction, so a load killed at any
 * moment leaves every filing either whole or as it was.
 */
public final class AuditDatabase implements AutoCloseable {

    /** Indexes for the lookups audits start from. */
    private static final List<String> INDEXES = List.of(
            "CREATE INDEX IF NOT EXISTS indicators_key ON indicators (key)",
            "CREATE INDEX IF NOT EXISTS indicators_level1_code ON indicators (level1_code)",
            "CREATE INDEX IF NOT EXISTS warnings_record ON warnings (path, record_id)",
            "CREATE INDEX IF NOT EXISTS checks_status_rule ON checks (status, rule)");

    private final Connection connection;

    private AuditDatabase(Connection connection) {
        this.connection = connection;
    }

    /**
     * Opens the database and creates the tables it lacks.
     *
     * @param db a JDBC URL ({@code jdbc:postgresql://host/db?user=…}), or the path of a SQLite file
     * @throws SQLException when the database cannot be reached or holds another schema version
     */
    public static AuditDatabase open(String db) throws SQLException {
        Connection connection = DriverManager.getConnection(jdbcUrl(db));
        try {
            if (isSqlite(connection)) {
                // While loading, a write-ahead log: a commit appends to it without waiting for the disk, and a
                // killed process loses nothing committed (the log is replayed on the next open). close()
                // folds the log back, so that the database is again one self-contained file.
                try (Statement pragma = connection.createStatement()) {
                    pragma.execute("PRAGMA journal_mode = WAL");
                    pragma.execute("PRAGMA synchronous = NORMAL");
                }
            }
            connection.setAutoCommit(false);
            AuditDatabase database = new AuditDatabase(connection);
            database.createSchema();
            return database;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** {@code jdbc:…} as it is; anything else names a SQLite file. */
    public static String jdbcUrl(String db) {
        return db.startsWith("jdbc:") ? db : "jdbc:sqlite:" + db;
    }

    /** Every statement that creates the schema, in order: tables, then indexes. */
    public static List<String> ddl() {
        List<String> statements = new ArrayList<>();
        AuditTables.ALL.forEach(table -> statements.add(table.createStatement()));
        statements.addAll(INDEXES);
        return statements;
    }

    public Connection connection() {
        return connection;
    }

    private void createSchema() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : ddl()) {
                statement.execute(sql);
            }
            try (ResultSet version = statement.executeQuery("SELECT version FROM schema_version")) {
                if (!version.next()) {
                    statement.execute("INSERT INTO schema_version (version) VALUES (" + AuditTables.VERSION + ")");
                } else if (version.getInt(1) != AuditTables.VERSION) {
                    throw new SQLException("the database holds audit tables of schema version " + version.getInt(1)
                            + ", this perftable writes version " + AuditTables.VERSION);
                }
            }
        }
        connection.commit();
    }

    /**
     * Loads one filing in one transaction: adds it, replaces its rows when its JSON changed since it
     * was loaded, or keeps them when not.
     */
    public LoadOutcome load(FilingRows filing) throws SQLException {
        try {
            String loaded = loadedDocument(filing.path());
            if (filing.documentSha256().equals(loaded)) {
                connection.rollback(); // nothing written; ends the read transaction
                return LoadOutcome.UNCHANGED;
            }
            if (loaded != null) {
                for (Table table : AuditTables.FILING_TABLES) {
                    try (PreparedStatement delete = connection.prepareStatement(
                            "DELETE FROM " + table.name() + " WHERE path = ?")) {
                        delete.setString(1, filing.path());
                        delete.executeUpdate();
                    }
                }
            }
            for (Map.Entry<Table, List<Object[]>> rows : filing.rows().entrySet()) {
                insert(rows.getKey(), rows.getValue());
            }
            connection.commit();
            return loaded == null ? LoadOutcome.ADDED : LoadOutcome.REPLACED;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    private String loadedDocument(String path) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT document_sha256 FROM filings WHERE path = ?")) {
            select.setString(1, path);
            try (ResultSet result = select.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        }
    }

    private void insert(Table table, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(table.insertStatement())) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    bind(insert, i + 1, table.columns().get(i).type(), row[i]);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void bind(PreparedStatement statement, int index, ColumnType type, Object value)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, switch (type) {
                case TEXT -> Types.VARCHAR;
                case INTEGER -> Types.INTEGER;
                case NUMERIC -> Types.NUMERIC;
            });
        } else if (value instanceof BigDecimal decimal) {
            statement.setBigDecimal(index, decimal);
        } else if (value instanceof Integer integer) {
            statement.setInt(index, integer);
        } else {
            statement.setString(index, value.toString());
        }
    }

    private static boolean isSqlite(Connection connection) throws SQLException {
        return connection.getMetaData().getURL().startsWith("jdbc:sqlite:");
    }

    @Override
    public void close() throws SQLException {
        try (connection) {
            if (isSqlite(connection)) {
                connection.rollback(); // ends any read transaction, so that the journal mode can change
                connection.setAutoCommit(true);
                try (Statement pragma = connection.createStatement()) {
                    pragma.execute("PRAGMA journal_mode = DELETE");
                }
            }
        }
    }
}
