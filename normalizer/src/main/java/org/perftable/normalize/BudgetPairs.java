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
    private final List<BudgetLine> lines;
    private final String fixedGroup;
    private List<String> groups = List.of();
    /** A group printed in the first column of its first line, for the lines below it. */
    private String rowGroup;

    /** Lines go to {@code lines}; with a fixed group the header only gives the unit. */
    BudgetPairs(FormDraft form, List<BudgetLine> lines, String fixedGroup) {
        this.form = form;
        this.lines = lines;
        this.fixedGroup = fixedGroup;
    }

    void row(RowText row) {
        if (row.cells().stream().anyMatch(c -> c.key().contains("金额"))) {
            List<String> names = new ArrayList<>();
            for (CellText cell : row.cells()) {
                if (cell.key().contains("金额")) {
                    form.unitFromHeader(cell.text());
                } else {
                    names.add(cell.text());
                }
            }
            if (fixedGroup == null) {
                groups = names;
            }
            return;
        }
        int pair = 0;
        CellText label = null;
        List<CellText> cells = row.cells();
        if (fixedGroup == null && groups.isEmpty() && cells.size() == 3 && Amounts.parse(cells.get(0).text()) == null
                && Amounts.parse(cells.get(1).text()) == null && Amounts.parse(cells.get(2).text()) != null) {
            // 收入构成 | 财政拨款 | 3,688.24: a group printed once before the lines under it
            rowGroup = cells.get(0).text();
            cells = cells.subList(1, 3);
        }
        for (CellText cell : cells) {
            BigDecimal amount = Amounts.parse(cell.text());
            if (amount != null && label != null) {
                lines.add(line(group(pair++), label, amount, cell.text(), row.page()));
                label = null;
            } else if (amount != null) {
                form.warnings.unplaced(cell, row.page(), "the budget table");
            } else {
                if (label != null) {
                    lines.add(line(group(pair++), label, null, null, row.page()));
                }
                label = cell;
            }
        }
        if (label != null) {
            lines.add(line(group(pair), label, null, null, row.page()));
        }
    }

    private String group(int pair) {
        if (rowGroup != null) {
            return rowGroup;
        }
        return fixedGroup != null ? fixedGroup : pair < groups.size() ? groups.get(pair) : null;
    }

    private static BudgetLine line(String group, CellText label, BigDecimal amount, String raw, int page) {
        return new BudgetLine(group, label.text(), amount, raw, new LinkedHashMap<>(), page);
    }
}
