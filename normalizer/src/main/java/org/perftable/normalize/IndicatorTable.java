package org.perftable.normalize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.perftable.filing.GoalRef;
import org.perftable.filing.Indicator;
import org.perftable.filing.Value;

/**
 * Reads the rows of an indicator table (一级/二级/三级指标 and target columns) into indicators.
 *
 * <p>Exports shift cells sideways and split wrapped cells over rows, so a row is read by content
 * first: taxonomy names are categories, the first other cell is the 三级 name, the cells after it are
 * targets and the 指标值确定依据. Columns from the header settle which target a cell is when content
 * cannot. Categories fill down until replaced; a row that only continues the cells of the row above
 * is joined to it.
 */
final class IndicatorTable {

    private static final List<String> PERIOD_ANNUAL = List.of("period", "annual");
    private static final List<String> SINGLE = List.of("value");
    private static final List<String> YEARS = List.of("prior2", "prior1", "expected");

    private final Warnings warnings;
    private final List<Draft> drafts = new ArrayList<>();
    /** The header by column roles; rows on its columns are read by role, others by content. */
    private IndicatorColumns columns;
    private boolean lastWasHeader;
    /** Whether the rows so far sat on the header's columns. */
    private boolean byRole;
    /** Categories filled down per period group of a table with side-by-side periods. */
    private final Map<String, String[]> groupLevels = new LinkedHashMap<>();
    private List<String> slots;
    private boolean basisColumn;
    private Integer nameColumn;
    private String level1;
    private String level2;
    private Draft open;
    private RowText pendingCategories;
    private int lastShift;

    IndicatorTable(Warnings warnings, boolean periodAndAnnual) {
        this.warnings = warnings;
        this.slots = periodAndAnnual ? PERIOD_ANNUAL : SINGLE;
    }

    /** Whether a row is (part of) the table's header: labels of its columns, by the vocabulary. */
    static boolean isHeader(RowText row) {
        return !row.isEmpty() && (IndicatorColumns.isHeader(row) || IndicatorColumns.isUpperHeader(row));
    }

    /** Takes the columns from a header row; the next header row refines them, a later one starts afresh. */
    void header(RowText row) {
        if (!lastWasHeader || columns == null) {
            columns = new IndicatorColumns();
            groupLevels.clear();
        }
        columns.add(row);
        lastWasHeader = true;
        byRole = columns.consistent();
        for (IndicatorColumns.Column column : columns.columns()) {
            if (column.role() == IndicatorColumns.Role.LEVEL3 || column.role() == IndicatorColumns.Role.NAME) {
                nameColumn = column.first();
            }
        }
        List<String> keys = columns.targetKeys();
        if (keys.contains("prior1") || keys.contains("prior2") || keys.contains("expected")) {
            slots = YEARS;
        } else if (keys.contains("period") || keys.contains("annual")) {
            slots = PERIOD_ANNUAL;
        }
        basisColumn = columns.has(IndicatorColumns.Role.BASIS);
        open = null;
    }

    /** Starts the rows of a new goal: its categories are printed afresh, nothing carries over. */
    void startGoal() {
        flushPendingCategories();
        level1 = null;
        level2 = null;
        open = null;
    }

    /** Reads one body row (section and goal labels already removed). */
    void row(RowText row, GoalRef goal) {
        if (row.isEmpty()) {
            return;
        }
        lastWasHeader = false;
        if (open != null && continues(row)) {
            warnings.add("wrapped_row_joined", "row " + Warnings.quote(row.joined())
                    + " read as the rest of the wrapped cells of " + Warnings.quote(open.name.text()), row.page());
            return;
        }
        List<CellText> categories = new ArrayList<>();
        List<CellText> texts = new ArrayList<>();
        for (CellText cell : row.cells()) {
            // at most a 一级 then a 二级 name: a third category-like cell is the 三级 name (服务对象满意度)
            boolean category = texts.isEmpty() && Taxonomy.isCategory(cell.key())
                    && (categories.isEmpty() || categories.size() == 1 && canHeadLevel2(categories.get(0).key()));
            (category ? categories : texts).add(cell);
        }
        if (columns != null && byRole && onColumns(row)) {
            readByRole(row, goal);
            return;
        }
        // a row off the header's columns means the export shifted this table: read the rest by content
        byRole = false;
        if (!categories.isEmpty()) {
            flushPendingCategories();
        }
        applyCategories(categories, row);
        if (texts.isEmpty()) {
            pendingCategories = row;
            open = null;
            return;
        }
        pendingCategories = null;
        open = indicator(texts, goal, row);
        drafts.add(open);
    }

    /** The indicators read so far; reports category rows that no indicator followed. */
    List<Indicator> indicators() {
        flushPendingCategories();
        return drafts.stream().map(Draft::toIndicator).toList();
    }

    private void applyCategories(List<CellText> categories, RowText row) {
        CellText given1 = null;
        CellText given2 = null;
        if (categories.size() >= 2) {
            given1 = categories.get(0);
            given2 = categories.get(1);
            for (CellText extra : categories.subList(2, categories.size())) {
                warnings.unplaced(extra, row.page(), "the indicator table");
            }
        } else if (categories.size() == 1) {
            CellText only = categories.get(0);
            if (isLevel1(only.key())) {
                given1 = only;
            } else {
                given2 = only;
            }
        }
        if (given1 != null) {
            level1 = given1.text();
            level2 = null;
        }
        if (given2 != null) {
            level2 = given2.text();
            String parent = Taxonomy.parentOf(level2);
            boolean level1Whole = level1 != null && Taxonomy.level1(Labels.key(level1)) != null;
            if (given1 != null && level1Whole && parent != null && !Taxonomy.belongs(level2, level1)) {
                warnings.add("level2_mismatch", "二级指标 " + Warnings.quote(level2) + " is printed under 一级指标 "
                        + Warnings.quote(level1) + ", which does not contain it in the standard taxonomy", row.page());
            } else if (given1 == null && parent != null && !Taxonomy.belongs(level2, level1)
                    && !(level1 != null && parent.startsWith(Labels.key(level1)))) {
                warnings.add("level1_inferred", "一级指标 " + Warnings.quote(parent) + " inferred for 二级指标 "
                        + Warnings.quote(level2) + " from the standard taxonomy (not printed in row "
                        + Warnings.quote(row.joined()) + ")",
                        row.page());
                level1 = parent;
            }
        }
    }

    private static boolean canHeadLevel2(String key) {
        return Taxonomy.level1(key) != null || Taxonomy.isLevel1Fragment(key);
    }

    /** A lone category cell: 成本指标 is a 二级 category under 产出指标 and a 一级 category elsewhere. */
    private boolean isLevel1(String key) {
        boolean level1Name = Taxonomy.level1(key) != null;
        boolean level2Name = Taxonomy.level2(key) != null;
        if (level1Name && level2Name) {
            return !Taxonomy.OUTPUT.equals(Taxonomy.level1(level1 == null ? "" : level1));
        }
        return level1Name || !level2Name && Taxonomy.isLevel1Fragment(key);
    }

    private Draft indicator(List<CellText> texts, GoalRef goal, RowText row) {
        CellText name = texts.get(0);
        List<CellText> rest = new ArrayList<>(texts.subList(1, texts.size()));
        CellText basis = null;
        if (!rest.isEmpty()) {
            CellText last = rest.get(rest.size() - 1);
            if (Labels.isBasis(last.key()) || basisColumn && rest.size() > slots.size()) {
                basis = rest.remove(rest.size() - 1);
            }
        }
        int shift = nameColumn == null ? 0 : name.column() - nameColumn;
        if (shift != 0 && shift != lastShift) {
            warnings.add("row_realigned", "indicator " + Warnings.quote(name.text())
                    + " and the rows after it with the same shift sit " + shift
                    + " column(s) off the header's columns: read by content", row.page());
        }
        lastShift = shift;
        String level2Here = level2;
        if (level2Here == null && level1 != null) {
            level2Here = Level2Guess.guess(name.text(), level1);
            if (level2Here != null) {
                warnings.add("level2_inferred", "二级指标 " + Warnings.quote(level2Here) + " inferred for "
                        + Warnings.quote(name.text()) + " from its name", row.page());
            }
        }
        if (level1 == null) {
            warnings.add("level1_missing", "no 一级指标 printed above " + Warnings.quote(name.text()), row.page());
        }
        Draft draft = new Draft(goal, level1, level2Here, name, row.page());
        draft.basis = basis;
        assignTargets(draft, rest, row);
        return draft;
    }

    private void assignTargets(Draft draft, List<CellText> values, RowText row) {
        slots.forEach(slot -> draft.targets.put(slot, null));
        int n = slots.size();
        int first = draft.name.column() + 1;
        boolean positional = values.stream().allMatch(v -> v.column() >= first && v.column() < first + n);
        for (int i = 0; i < values.size(); i++) {
            CellText value = values.get(i);
            int slot;
            if (values.size() == n) {
                slot = i;
            } else if (positional) {
                slot = value.column() - first;
            } else if (values.size() < n) {
                slot = n - values.size() + i;
            } else {
                slot = i < n ? i : -1;
            }
            if (slot < 0) {
                warnings.unplaced(value, row.page(), "indicator " + Warnings.quote(draft.name.text()));
            } else {
                draft.targets.put(slots.get(slot), value);
            }
        }
    }

    /**
     * Whether a row only carries the rest of wrapped cells of the open indicator: cells that complete
     * a cut-off category name above, and at most one loose piece, the rest of the 三级 name. A row with
     * a whole category, a basis or a second piece (a target) starts an indicator of its own, except at
     * the top of a new page, where a row cut by the page break goes on column by column.
     */
    private boolean continues(RowText row) {
        // a cut row goes on with only some of the cells above; one with all of them is a new row
        // (columns only tell which part a piece continues when the row above sat on the header's columns)
        boolean pageCut = row.page() > open.lastPage && row.cells().size() < open.filledParts()
                && (nameColumn == null || open.name.column() == nameColumn);
        Map<CellText, String> parts = new LinkedHashMap<>();
        boolean namePiece = false;
        for (CellText cell : row.cells()) {
            String part = open.completedCategory(cell);
            if (part == null && pageCut) {
                part = open.partInColumn(cell);
            }
            if (part == null) {
                if (namePiece || Labels.isBasis(cell.key()) || Taxonomy.level1(cell.key()) != null
                        || Taxonomy.level2(cell.key()) != null) {
                    return false;
                }
                part = "name";
            }
            namePiece |= part.equals("name");
            parts.put(cell, part);
        }
        parts.forEach((cell, part) -> open.extend(part, cell));
        open.lastPage = row.page();
        level1 = open.level1;
        level2 = open.level2;
        return true;
    }

    private void flushPendingCategories() {
        if (pendingCategories != null) {
            warnings.add("category_without_indicators", "category row " + Warnings.quote(pendingCategories.joined())
                    + " has no 三级 indicator", pendingCategories.page());
            pendingCategories = null;
        }
    }

    /** Whether every cell of a row sits in a column of the header and the row names an indicator or a category. */
    private boolean onColumns(RowText row) {
        boolean named = false;
        for (CellText cell : row.cells()) {
            IndicatorColumns.Column column = columns.at(cell.column());
            if (column == null || !fits(column.role(), cell.key())) {
                return false;
            }
            named |= column.role().isNameOrLevel();
        }
        return named;
    }

    /** Whether a category cell fits its column: a 二级 name in the 一级 column means the row is shifted. */
    private static boolean fits(IndicatorColumns.Role role, String key) {
        String name = Scored.of(key).name();
        return switch (role) {
            case LEVEL1 -> Taxonomy.level1(name) != null || Taxonomy.level2(name) == null;
            case LEVEL2 -> Taxonomy.level2(name) != null || Taxonomy.level1(name) == null;
            case LEVEL3, NAME -> !(key.endsWith("指标") && Taxonomy.isCategory(key));
            default -> true;
        };
    }

    /**
     * Reads a row by the roles of its columns: categories fill down (merged cells are printed once),
     * each period group of a table with side-by-side periods gives an indicator of its own.
     */
    private void readByRole(RowText row, GoalRef goal) {
        boolean level1Column = columns.has(IndicatorColumns.Role.LEVEL1);
        boolean level2Column = columns.has(IndicatorColumns.Role.LEVEL2);
        for (String group : columns.groups()) {
            Draft draft = new Draft(goal, null, null, null, row.page());
            draft.period = group;
            columns.targetKeys().forEach(key -> draft.targets.put(key, null));
            String[] levels = group == null ? new String[] {level1, level2} : groupLevels.computeIfAbsent(group,
                    g -> new String[2]);
            CellText given1 = null;
            CellText given2 = null;
            for (CellText cell : row.cells()) {
                IndicatorColumns.Column column = columns.at(cell.column());
                if (column.group() != null && group != null && !column.group().equals(group)) {
                    continue;
                }
                switch (column.role()) {
                    case LEVEL1 -> given1 = cell;
                    case LEVEL2 -> given2 = cell;
                    case LEVEL3, NAME -> draft.name = cell;
                    case BASIS -> draft.basis = cell;
                    case OPERATOR, NUMBER, UNIT -> {
                        draft.parts.put(column.role(), cell);
                        if (column.role() == IndicatorColumns.Role.OPERATOR) {
                            draft.operatorHeader = column.header();
                        }
                    }
                    case WEIGHT, EXTRA -> draft.extra.put(column.header(), cell);
                    default -> draft.targets.put(column.role().targetKey(), cell);
                }
            }
            for (IndicatorColumns.Column column : columns.columns()) {
                if (column.role() == IndicatorColumns.Role.WEIGHT && draft.weightHeader == null
                        && (group == null || column.group() == null || column.group().equals(group))) {
                    draft.weightHeader = column.header();
                }
            }
            if (given1 != null) {
                Scored scored = Scored.of(given1.text());
                levels[0] = scored.name();
                draft.level1Score = scored.score();
                levels[1] = null;
                scoreOfLevel1.put(group, scored.score());
            } else {
                draft.level1Score = scoreOfLevel1.get(group);
            }
            if (given2 != null) {
                levels[1] = given2.text();
                if (given1 != null && Taxonomy.level1(Labels.key(levels[0])) != null
                        && Taxonomy.parentOf(levels[1]) != null && !Taxonomy.belongs(levels[1], levels[0])) {
                    warnings.add("level2_mismatch", "二级指标 " + Warnings.quote(levels[1]) + " is printed under 一级指标 "
                            + Warnings.quote(levels[0]) + ", which does not contain it in the standard taxonomy",
                            row.page());
                }
                if (!level1Column || levels[0] == null) {
                    String parent = Taxonomy.parentOf(levels[1]);
                    if (parent != null && !Taxonomy.belongs(levels[1], levels[0])) {
                        warnings.add("level1_inferred", "一级指标 " + Warnings.quote(parent) + " inferred for 二级指标 "
                                + Warnings.quote(levels[1]) + " from the standard taxonomy (not printed in row "
                                + Warnings.quote(row.joined()) + ")", row.page());
                        levels[0] = parent;
                    }
                }
            }
            if (group == null) {
                level1 = levels[0];
                level2 = levels[1];
            }
            if (draft.name == null) {
                if (draft.targets.values().stream().anyMatch(java.util.Objects::nonNull) || !draft.parts.isEmpty()) {
                    row.cells().forEach(c -> warnings.unplaced(c, row.page(), "an indicator row without a name"));
                } else if (given1 == null && given2 == null) {
                    draft.extra.values().forEach(c -> warnings.unplaced(c, row.page(), "the indicator table"));
                }
                continue;
            }
            draft.level1 = levels[0];
            draft.level2 = levels[1];
            if (level2Column && levels[1] == null && levels[0] != null) {
                draft.level2 = Level2Guess.guess(draft.name.text(), levels[0]);
                if (draft.level2 != null) {
                    warnings.add("level2_inferred", "二级指标 " + Warnings.quote(draft.level2) + " inferred for "
                            + Warnings.quote(draft.name.text()) + " from its name", row.page());
                }
            }
            if (draft.level1 == null && level1Column) {
                warnings.add("level1_missing", "no 一级指标 printed above " + Warnings.quote(draft.name.text()),
                        row.page());
            }
            drafts.add(draft);
            open = draft;
        }
        pendingCategories = null;
    }

    /** The 一级 score in force for each period group (null key: the whole table). */
    private final Map<String, java.math.BigDecimal> scoreOfLevel1 = new java.util.HashMap<>();

    /** A category name with the score printed after it: 产出指标（50分）. */
    record Scored(String name, java.math.BigDecimal score) {
        /** The score in brackets at the end, found from its bracket so no name is scanned twice. */
        private static final java.util.regex.Pattern SCORE = java.util.regex.Pattern.compile(
                "[（(]\\s*([0-9]+(?:\\.[0-9]+)?)\\s*分\\s*[）)]$");

        static Scored of(String printed) {
            java.util.regex.Matcher m = SCORE.matcher(printed);
            if (!m.find() || printed.substring(0, m.start()).isBlank()) {
                return new Scored(printed, null);
            }
            return new Scored(printed.substring(0, m.start()).strip(), new java.math.BigDecimal(m.group(1)));
        }
    }

    /** An indicator still open to the continuation rows of its wrapped cells. */
    private static final class Draft {
        final GoalRef goal;
        String level1;
        java.math.BigDecimal level1Score;
        String level2;
        CellText name;
        String period;
        final int page;
        /** The page of the last row that added to this indicator. */
        int lastPage;
        CellText basis;
        /** Target cells by key, in column order; a key mapped to null is a column left empty. */
        final Map<String, CellText> targets = new LinkedHashMap<>();
        /** The cells of a target split over 指标性质 | 指标值 | 度量单位 columns. */
        final Map<IndicatorColumns.Role, CellText> parts = new java.util.EnumMap<>(IndicatorColumns.Role.class);
        /** Further columns by printed header. */
        final Map<String, CellText> extra = new LinkedHashMap<>();
        String weightHeader;
        String operatorHeader;

        Draft(GoalRef goal, String level1, String level2, CellText name, int page) {
            this.goal = goal;
            this.level1 = level1;
            this.level2 = level2;
            this.name = name;
            this.page = page;
            this.lastPage = page;
        }

        /** The category ({@code level1} or {@code level2}) a cell completes, or null. */
        String completedCategory(CellText cell) {
            if (level1 != null && Taxonomy.completes(level1, cell.key())) {
                return "level1";
            }
            if (level2 != null && Taxonomy.completes(level2, cell.key())) {
                return "level2";
            }
            return null;
        }

        int filledParts() {
            int filled = 1 + (basis == null ? 0 : 1) + parts.size() + extra.size();
            for (CellText target : targets.values()) {
                filled += target == null ? 0 : 1;
            }
            return filled;
        }

        /** The part printed in the cell's column ({@code name}, {@code target:KEY}…, {@code basis}), or null. */
        String partInColumn(CellText cell) {
            if (cell.column() == name.column()) {
                return "name";
            }
            for (Map.Entry<String, CellText> target : targets.entrySet()) {
                if (target.getValue() != null && target.getValue().column() == cell.column()) {
                    return "target:" + target.getKey();
                }
            }
            for (Map.Entry<String, CellText> column : extra.entrySet()) {
                if (column.getValue().column() == cell.column()) {
                    return "extra:" + column.getKey();
                }
            }
            for (Map.Entry<IndicatorColumns.Role, CellText> part : parts.entrySet()) {
                if (part.getValue().column() == cell.column()) {
                    return "part:" + part.getKey().name();
                }
            }
            return basis != null && basis.column() == cell.column() ? "basis" : null;
        }

        void extend(String part, CellText cell) {
            if (part.startsWith("target:")) {
                targets.computeIfPresent(part.substring(7), (key, head) -> joined(head, cell));
                return;
            }
            if (part.startsWith("extra:")) {
                extra.computeIfPresent(part.substring(6), (key, head) -> joined(head, cell));
                return;
            }
            if (part.startsWith("part:")) {
                parts.computeIfPresent(IndicatorColumns.Role.valueOf(part.substring(5)), (key, head) -> joined(head, cell));
                return;
            }
            switch (part) {
                case "level1" -> level1 = join(level1, cell.text());
                case "level2" -> level2 = join(level2, cell.text());
                case "name" -> name = joined(name, cell);
                case "basis" -> basis = joined(basis, cell);
                default -> throw new IllegalArgumentException(part);
            }
        }

        private static CellText joined(CellText head, CellText tail) {
            return head.withText(join(head.text(), tail.text()));
        }

        private static String join(String head, String tail) {
            return CjkText.joinWrapped(head, tail);
        }

        Indicator toIndicator() {
            Map<String, Value> values = new LinkedHashMap<>();
            targets.forEach((key, cell) -> values.put(key, cell == null ? null : Values.of(cell.text())));
            Map<String, String> columns = new LinkedHashMap<>();
            CellText operator = parts.get(IndicatorColumns.Role.OPERATOR);
            String sign = operator == null ? "" : SplitTarget.sign(operator.text());
            if (operator != null) {
                columns.put(operatorHeader, operator.text());
            }
            if (parts.containsKey(IndicatorColumns.Role.NUMBER) || parts.containsKey(IndicatorColumns.Role.UNIT)) {
                values.put("value", Values.of(SplitTarget.join(sign, parts.get(IndicatorColumns.Role.NUMBER),
                        parts.get(IndicatorColumns.Role.UNIT))));
            }
            extra.forEach((header, cell) -> columns.put(header, cell.text()));
            java.math.BigDecimal weight = weightHeader == null ? null : SplitTarget.number(columns.get(weightHeader));
            Marked marked = Marked.of(name.text());
            return new Indicator(goal, level1, level1Score, level2, marked.name(), marked.core(), period, values,
                    weight, columns, basis == null ? null : basis.text(), page);
        }
    }

    /** An indicator name with the ★ of a core indicator taken off. */
    record Marked(String name, boolean core) {
        static Marked of(String printed) {
            String stripped = printed.replace("★", "").replace("☆", "").strip();
            return stripped.length() == printed.length() || stripped.isEmpty() ? new Marked(printed, false)
                    : new Marked(stripped, true);
        }
    }
}
