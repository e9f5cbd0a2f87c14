package org.perftable.normalize;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.perftable.filing.BudgetLine;

/**
 * 部门总体资金情况: rows of 收入构成 / 支出构成 items with 当年金额, 占比 and the two prior years'
 * amounts. The group label is printed on its first row only and fills down.
 */
final class FundsTable {

    private static final Set<String> GROUPS = Set.of("收入构成", "支出构成");
    private static final String AMOUNT = "当年金额";

    private final FormDraft form;
    private final Map<Integer, String> headerByColumn = new LinkedHashMap<>();
    private String group;

    FundsTable(FormDraft form) {
        this.form = form;
    }

    void row(RowText row) {
        if (row.has(AMOUNT) || row.has("前年") || row.has("上年")) {
            for (CellText cell : row.cells()) {
                if (Set.of(AMOUNT, "占比", "前年", "上年").contains(cell.key())) {
                    headerByColumn.put(cell.column(), cell.key());
                }
            }
            return;
        }
        CellText item = null;
        BigDecimal amount = null;
        String raw = null;
        Map<String, Object> columns = new LinkedHashMap<>();
        headerByColumn.values().stream().filter(h -> !h.equals(AMOUNT)).forEach(h -> columns.put(h, null));
        for (CellText cell : row.cells()) {
            String header = headerByColumn.get(cell.column());
            if (header == null && GROUPS.contains(cell.key())) {
                group = cell.text();
            } else if (header == null && item == null) {
                item = cell;
            } else if (AMOUNT.equals(header)) {
                amount = Amounts.parse(cell.text());
                raw = cell.text();
            } else if (header != null) {
                columns.put(header, Amounts.orText(cell.text()));
            } else if (headerByColumn.isEmpty() && amount == null && Amounts.parse(cell.text()) != null) {
                // a table printed without its header row: the item's one amount is the current year's
                amount = Amounts.parse(cell.text());
                raw = cell.text();
            } else {
                form.warnings.unplaced(cell, row.page(), "部门总体资金情况");
            }
        }
        if (item != null) {
            form.budget.add(new BudgetLine(group, item.text(), amount, raw, columns, row.page()));
        }
    }
}
