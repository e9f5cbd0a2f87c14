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

    private static final Set<String> HEADER_WORDS = Set.of("一级指标", "二级指标", "三级指标", "指标值",
            "实施周期指标值", "年度指标值", "近两年指标值", "前年", "上年", "预期当年实现值", "预计当年实现",
            "预计当年实现值", "指标值确定依据", "目标名称", "绩效指标", "长期绩效指标", "年度绩效指标", "一级",
            "二级", "三级");
    private static final List<String> PERIOD_ANNUAL = List.of("period", "annual");
    private static final List<String> SINGLE = List.of("value");
    private static final List<String> YEARS = List.of("prior2", "prior1", "expected");

    private final Warnings warnings;
    private final List<Draft> drafts = new ArrayList<>();
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

    /** Whether a row is (part of) the table's header. */
    static boolean isHeader(RowText row) {
        return !row.isEmpty() && row.cells().stream().allMatch(c -> HEADER_WORDS.contains(c.key()))
                && row.cells().stream().anyMatch(c -> !c.key().contains("绩效指标") && !c.key().equals("目标名称"));
    }

    /** Takes the target columns from a header row; a second header row may refine them. */
    void header(RowText row) {
        for (CellText cell : row.cells()) {
            switch (cell.key()) {
                case "三级指标", "三级" -> nameColumn = cell.column();
                case "实施周期指标值", "年度指标值" -> slots = PERIOD_ANNUAL;
                case "前年", "上年", "近两年指标值", "预期当年实现值", "预计当年实现", "预计当年实现值" -> slots = YEARS;
                case "指标值确定依据" -> basisColumn = true;
                default -> { }
            }
        }
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
                draft.targets[slot] = value;
            }
        }
        draft.slots = slots;
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

    /** An indicator still open to the continuation rows of its wrapped cells. */
    private static final class Draft {
        final GoalRef goal;
        String level1;
        String level2;
        CellText name;
        final int page;
        /** The page of the last row that added to this indicator. */
        int lastPage;
        CellText basis;
        List<String> slots;
        final CellText[] targets = new CellText[3];

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
            int filled = 1 + (basis == null ? 0 : 1);
            for (CellText target : targets) {
                filled += target == null ? 0 : 1;
            }
            return filled;
        }

        /** The part printed in the cell's column ({@code name}, {@code target0}…, {@code basis}), or null. */
        String partInColumn(CellText cell) {
            if (cell.column() == name.column()) {
                return "name";
            }
            for (int i = 0; i < targets.length; i++) {
                if (targets[i] != null && targets[i].column() == cell.column()) {
                    return "target" + i;
                }
            }
            return basis != null && basis.column() == cell.column() ? "basis" : null;
        }

        void extend(String part, CellText cell) {
            switch (part) {
                case "level1" -> level1 = join(level1, cell.text());
                case "level2" -> level2 = join(level2, cell.text());
                case "name" -> name = joined(name, cell);
                case "basis" -> basis = joined(basis, cell);
                default -> {
                    int i = part.charAt(part.length() - 1) - '0';
                    targets[i] = joined(targets[i], cell);
                }
            }
        }

        private static CellText joined(CellText head, CellText tail) {
            String text = join(head.text(), tail.text());
            return new CellText(head.column(), text, Labels.key(text));
        }

        private static String join(String head, String tail) {
            return CjkText.joinWrapped(head, tail);
        }

        Indicator toIndicator() {
            Map<String, Value> values = new LinkedHashMap<>();
            for (int i = 0; i < slots.size(); i++) {
                values.put(slots.get(i), targets[i] == null ? null : Values.of(targets[i].text()));
            }
            return new Indicator(goal, level1, level2, name.text(), values, basis == null ? null : basis.text(), page);
        }
    }
}
