package org.perftable.store;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One audit table: its columns in order and its primary key. Every table but {@code schema_version}
 * starts with {@code path}, the filing the row belongs to, so a filing's rows are replaced by path.
 */
public record Table(String name, String description, List<Column> columns, List<String> key, List<String> order) {

    public String createStatement() {
        String columnsSql = columns.stream()
                .map(c -> c.name() + " " + c.type() + (key.contains(c.name()) ? " NOT NULL" : ""))
                .collect(Collectors.joining(", "));
        return "CREATE TABLE IF NOT EXISTS " + name + " (" + columnsSql
                + (key.isEmpty() ? "" : ", PRIMARY KEY (" + String.join(", ", key) + ")") + ")";
    }

    public String insertStatement() {
        return "INSERT INTO " + name + " (" + columns.stream().map(Column::name).collect(Collectors.joining(", "))
                + ") VALUES (" + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
    }

    /** The rows in a stable order: filing by filing, each in document order. */
    public String selectStatement() {
        return "SELECT * FROM " + name + (order.isEmpty() ? "" : " ORDER BY " + String.join(", ", order));
    }

    public int width() {
        return columns.size();
    }
}
