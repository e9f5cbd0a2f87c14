package org.perftable.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every row of every audit table as text, numbers without trailing zeros, for comparing databases. */
final class TableDump {

    private TableDump() {
    }

    /** Each table's rows, each row its values joined by " | ", null written as null. */
    static Map<String, List<String>> of(Connection connection) throws SQLException {
        Map<String, List<String>> dump = new LinkedHashMap<>();
        for (Table table : AuditTables.ALL) {
            dump.put(table.name(), rows(connection, table).stream()
                    .map(row -> String.join(" | ", row.stream().map(String::valueOf).toList())).toList());
        }
        return dump;
    }

    /** A table's rows in order, each a list of its values as text (null for NULL). */
    static List<List<String>> rows(Connection connection, Table table) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(table.selectStatement())) {
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int c = 1; c <= table.width(); c++) {
                    row.add(value(result, c, table.columns().get(c - 1).type()));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    static String value(ResultSet result, int column, ColumnType type) throws SQLException {
        String text = result.getString(column);
        if (text == null || type == ColumnType.TEXT) {
            return text;
        }
        return new BigDecimal(text).stripTrailingZeros().toPlainString();
    }
}
