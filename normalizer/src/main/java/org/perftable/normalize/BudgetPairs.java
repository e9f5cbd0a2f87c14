package org.perftable.normalize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.perftable.filing.BudgetLine;

/**
 * Budget tables printed as label/amount pairs side by side ({@code 基本支出 | 2,120.40 | 财政拨款 |
 * 4,880.27}). A header row ({@code 部门预算支出 | 预算金额（万元） | 收入来源 | …}) names the group of
 * each pair position.
 */
final class BudgetPairs {

    private final FormDraft form;
    private List<String> groups = List.of();

    BudgetPairs(FormDraft form) {
        this.form = form;
    }

    void row(RowText row, String fallbackGroup) {
        if (row.cells().stream().anyMatch(c -> c.key().contains("金额"))) {
            List<String> names = new ArrayList<>();
            for (CellText cell : row.cells()) {
                if (cell.key().contains("金额")) {
                    form.unitFromHeader(cell.text());
                } else {
                    names.add(cell.text());
                }
            }
            groups = names;
            return;
        }
        int pair = 0;
        CellText label = null;
        for (CellText cell : row.cells()) {
            BigDecimal amount = Amounts.parse(cell.text());
            if (amount != null && label != null) {
                form.budget.add(line(group(pair++, fallbackGroup), label, amount, cell.text(), row.page()));
                label = null;
            } else if (amount != null) {
                form.warnings.unplaced(cell, row.page(), "the budget table");
            } else {
                if (label != null) {
                    form.budget.add(line(group(pair++, fallbackGroup), label, null, null, row.page()));
                }
                label = cell;
            }
        }
        if (label != null) {
            form.budget.add(line(group(pair, fallbackGroup), label, null, null, row.page()));
        }
    }

    private String group(int pair, String fallback) {
        return pair < groups.size() ? groups.get(pair) : fallback;
    }

    private static BudgetLine line(String group, CellText label, BigDecimal amount, String raw, int page) {
        return new BudgetLine(group, label.text(), amount, raw, new LinkedHashMap<>(), page);
    }
}
