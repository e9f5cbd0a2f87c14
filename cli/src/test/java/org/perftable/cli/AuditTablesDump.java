package org.perftable.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.perftable.store.AuditTables;
import org.perftable.store.Table;

/** Every row of every audit table in a SQLite file, by table, each row its values joined by " | ". */
final class AuditTablesDump {

    private AuditTablesDump() {
    }

    static Map<String, List<String>> of(Path sqlite) throws SQLException {
        Map<String, List<String>> dump = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + sqlite)) {
            for (Table table : AuditTables.ALL) {
                List<String> rows = new ArrayList<>();
                try (Statement statement = connection.createStatement();
                        ResultSet result = statement.executeQuery(table.selectStatement())) {
                    while (result.next()) {
                        List<String> values = new ArrayList<>();
                        for (int c = 1; c <= table.width(); c++) {
                            values.add(String.valueOf(result.getString(c)));
                        }
                        rows.add(String.join(" | ", values));
                    }
                }
                dump.put(table.name(), rows);
            }
        }
        return dump;
    }

    /** How many rows a table has. */
    static long count(Path sqlite, String table) throws SQLException {
        return of(sqlite).get(table).size();
    }
}
