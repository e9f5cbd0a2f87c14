package org.perftable.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An indicator table's header read by the roles its column labels have in the {@link Vocabulary}:
 * levels, name, target values (one, per period, per year, or split into 指标性质 | 指标值 | 度量单位),
 * basis, weight and extra columns. A header may take two rows (a group label such as 指标值 or
 * 实施期指标 over the labels of its columns); the lower row decides.
 */
final class IndicatorColumns {

    /** What a column of an indicator table holds. */
    enum Role {
        LEVEL1, LEVEL2, LEVEL3, NAME, VALUE, ANNUAL, PERIOD, PRIOR2, PRIOR1, EXPECTED, OPERATOR, NUMBER, UNIT,
        BASIS, WEIGHT, EXTRA;

        boolean isTarget() {
            return this == VALUE || this == ANNUAL || this == PERIOD || this == PRIOR2 || this == PRIOR1
                    || this == EXPECTED;
        }

        boolean isNameOrLevel() {
            return this == LEVEL1 || this == LEVEL2 || this == LEVEL3 || this == NAME;
        }

        /** The key of a target column in {@code Indicator.targets}. */
        String targetKey() {
            return switch (this) {
                case ANNUAL -> "annual";
                case PERIOD -> "period";
                case PRIOR2 -> "prior2";
                case PRIOR1 -> "prior1";
                case EXPECTED -> "expected";
                default -> "value";
            };
        }
    }

    /**
     * One column of the header.
     *
     * @param first  the first grid column it covers
     * @param span   grid columns it covers
     * @param role   what it holds
     * @param header the printed header label
     * @param group  {@code implementation_period} or {@code annual} for a column under a period's group label
     */
    record Column(int first, int span, Role role, String header, String group) {
        boolean covers(int column) {
            return column >= first && column < first + span;
        }
    }

    private final TreeMap<Integer, Column> columns = new TreeMap<>();

    /** Whether a row is (part of) an indicator table's header: every cell a column label, a group label or a section label. */
    static boolean isHeader(RowText row) {
        int known = 0;
        int unknown = 0;
        boolean named = false;
        for (CellText cell : row.cells()) {
            Role role = roleOf(cell.text());
            if (role != null) {
                known++;
                named |= role.isNameOrLevel();
            } else if (groupOf(cell.text()) == null && !isSectionLabel(cell.text())) {
                if (!isLabelLike(cell.key())) {
                    return false;
                }
                unknown++;
            }
        }
        // a header may carry a column the vocabulary does not know, when enough of it is known
        return known >= 1 && (unknown == 0 || named && known >= 2 && unknown < known);
    }

    /** Whether an unknown cell could be a column label: short, no digits, no category name, no sentence. */
    private static boolean isLabelLike(String key) {
        return key.length() <= 10 && key.chars().noneMatch(Character::isDigit) && !Taxonomy.isCategory(key)
                && key.chars().noneMatch(c -> "，。；、％%≥≤<>＞＜".indexOf(c) >= 0);
    }

    /** Whether a row starts an indicator table: a header row with a level or name column among its labels. */
    static boolean startsTable(RowText row) {
        return isHeader(row) && row.cells().stream().map(c -> roleOf(c.text()))
                .anyMatch(role -> role != null && role.isNameOrLevel());
    }

    /** Whether a row is the upper row of a two-row header: group labels and column labels only, no level. */
    static boolean isUpperHeader(RowText row) {
        boolean group = false;
        for (CellText cell : row.cells()) {
            if (groupOf(cell.text()) != null) {
                group = true;
            } else if (roleOf(cell.text()) == null && !isSectionLabel(cell.text())) {
                return false;
            }
        }
        return group;
    }

    static boolean isSectionLabel(String printed) {
        return "section".equals(Vocabulary.standard().role(Vocabulary.Section.INDICATOR, printed));
    }

    /** Adds a header row; its columns replace those of an upper row that they cover. */
    void add(RowText row) {
        List<CellText> cells = row.cells();
        for (int i = 0; i < cells.size(); i++) {
            CellText cell = cells.get(i);
            int span = cell.span();
            String group = groupOf(cell.text());
            Role role = roleOf(cell.text());
            if (group != null && role == null) {
                // a group label reaches the next cell of its row: exports that lose merged cells give it span 1
                int end = i + 1 < cells.size() ? cells.get(i + 1).column() : Integer.MAX_VALUE;
                groups.put(cell.column(), new int[] {Math.max(end, cell.column() + span), group.equals("annual") ? 1 : 0});
                continue;
            }
            if (role == null && isSectionLabel(cell.text())) {
                continue;
            }
            if (role == null) {
                role = Role.EXTRA;
            }
            if (!refines(cell.column(), span, role)) {
                consistent = false;
            }
            columns.subMap(cell.column(), cell.column() + span).clear();
            columns.put(cell.column(), new Column(cell.column(), span, role, cell.text(), groupAt(cell.column())));
        }
        settle();
    }

    private final TreeMap<Integer, int[]> groups = new TreeMap<>();
    private boolean consistent = true;

    /**
     * Whether a lower header cell refines the header above it: it lies within one column of the upper
     * row, and a level or name column is never replaced by another role. A header whose rows do not
     * nest (as an export that lost the merged cells leaves it) is not to be read by column.
     */
    private boolean refines(int first, int span, Role role) {
        for (Column column : columns.subMap(first, first + span).values()) {
            if (column.role().isNameOrLevel() && column.role() != role) {
                return false;
            }
        }
        Map.Entry<Integer, Column> above = columns.floorEntry(first);
        if (above == null || !above.getValue().covers(first)) {
            return columns.subMap(first, first + span).isEmpty();
        }
        return first + span <= above.getValue().first() + above.getValue().span();
    }

    /** Whether the header's rows nest, so rows can be read by its columns. */
    boolean consistent() {
        return consistent;
    }

    private String groupAt(int column) {
        Map.Entry<Integer, int[]> group = groups.floorEntry(column);
        if (group == null || column >= group.getValue()[0]) {
            return null;
        }
        return group.getValue()[1] == 1 ? "annual" : "implementation_period";
    }

    /** A value column beside 指标性质 or 度量单位 columns holds the number of a split target. */
    private void settle() {
        boolean split = columns.values().stream().anyMatch(c -> c.role() == Role.OPERATOR || c.role() == Role.UNIT);
        boolean priors = columns.values().stream().anyMatch(c -> c.role() == Role.PRIOR1 || c.role() == Role.PRIOR2);
        for (Column column : List.copyOf(columns.values())) {
            Role role = column.role();
            if (split && role == Role.VALUE) {
                role = Role.NUMBER;
            } else if (!priors && role == Role.EXPECTED) {
                role = Role.VALUE;
            }
            columns.put(column.first(), new Column(column.first(), column.span(), role, column.header(),
                    groupAt(column.first())));
        }
    }

    /** The column a grid column falls in, or null. */
    Column at(int column) {
        Map.Entry<Integer, Column> entry = columns.floorEntry(column);
        return entry != null && entry.getValue().covers(column) ? entry.getValue() : null;
    }

    List<Column> columns() {
        return List.copyOf(columns.values());
    }

    /** The period groups of the table: one null group when the table has no side-by-side periods. */
    List<String> groups() {
        List<String> found = new ArrayList<>();
        for (Column column : columns.values()) {
            if (column.role().isNameOrLevel() && column.group() != null && !found.contains(column.group())) {
                found.add(column.group());
            }
        }
        if (found.size() < 2) {
            found.clear();
            found.add(null);
        }
        return found;
    }

    boolean has(Role role) {
        return columns.values().stream().anyMatch(c -> c.role() == role);
    }

    /** The target keys of the table in column order. */
    List<String> targetKeys() {
        List<String> keys = new ArrayList<>();
        for (Column column : columns.values()) {
            String key = column.role().isTarget() ? column.role().targetKey()
                    : column.role() == Role.NUMBER ? "value" : null;
            if (key != null && !keys.contains(key)) {
                keys.add(key);
            }
        }
        return keys;
    }

    private static Role roleOf(String printed) {
        String role = Vocabulary.standard().role(Vocabulary.Section.INDICATOR, printed);
        return role == null || role.equals("section") ? null : Role.valueOf(role.toUpperCase(java.util.Locale.ROOT));
    }

    /** {@code implementation_period} or {@code annual} for a group label, else null. */
    static String groupOf(String printed) {
        String group = Vocabulary.standard().role(Vocabulary.Section.INDICATOR_GROUP, printed);
        return group == null ? null : group.equals("annual") ? "annual" : "implementation_period";
    }
}
