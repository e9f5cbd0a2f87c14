package org.perftable.normalize;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.perftable.filing.Task;

/**
 * 年度重点工作任务 rows: 名称 | 主要实施内容 | 拟投入的资金 | 期望达到的目标. A row with all four cells
 * is read in order; a row with gaps by the header's columns.
 */
final class TaskTable {

    private static final String[] PARTS = {"name", "content", "amount", "expected"};

    private final FormDraft form;
    private final Map<Integer, Integer> partByColumn = new HashMap<>();
    private int lastRowPage;

    TaskTable(FormDraft form) {
        this.form = form;
    }

    void row(RowText row) {
        if (row.cells().stream().anyMatch(c -> c.key().endsWith("名称")) && row.hasKeyContaining("内容")) {
            for (CellText cell : row.cells()) {
                int part = cell.key().endsWith("名称") ? 0 : cell.key().contains("内容") ? 1
                        : cell.key().contains("资金") || cell.key().contains("金额") ? 2 : cell.key().contains("目标") ? 3 : -1;
                if (part >= 0) {
                    partByColumn.put(cell.column(), part);
                }
                if (part == 2) {
                    form.unitFromHeader(cell.text());
                }
            }
            return;
        }
        if (!partByColumn.isEmpty() && row.cells().stream().anyMatch(c -> !partByColumn.containsKey(c.column()))) {
            form.warnings.add("row_realigned", "task row " + Warnings.quote(row.joined())
                    + " sits off the header's columns: read by content", row.page());
        }
        CellText[] parts = new CellText[PARTS.length];
        for (int i = 0; i < row.cells().size(); i++) {
            CellText cell = row.cells().get(i);
            Integer part = row.cells().size() == PARTS.length ? Integer.valueOf(i) : partByColumn.get(cell.column());
            if (part == null || parts[part] != null) {
                form.warnings.unplaced(cell, row.page(), "年度重点工作任务");
            } else {
                parts[part] = cell;
            }
        }
        // a row cut by a page break goes on at the top of the next page without its amount
        boolean cut = parts[2] == null && (parts[0] == null || row.page() != lastRowPage);
        lastRowPage = row.page();
        if (cut && !form.tasks.isEmpty()) {
            continueLast(parts, row);
            return;
        }
        String raw = CellText.textOf(parts[2]);
        BigDecimal amount = raw == null ? null : Amounts.parse(raw);
        form.tasks.add(new Task(CellText.textOf(parts[0]), CellText.textOf(parts[1]), amount, raw,
                CellText.textOf(parts[3]), row.page()));
    }

    /** A row without an amount carries the rest of the task above it, cut by a page break. */
    private void continueLast(CellText[] parts, RowText row) {
        Task last = form.tasks.remove(form.tasks.size() - 1);
        form.tasks.add(new Task(joined(last.name(), parts[0]), joined(last.content(), parts[1]), last.amount(), last.raw(),
                joined(last.expected(), parts[3]), last.page()));
        form.warnings.add("wrapped_row_joined", "task row " + Warnings.quote(row.joined())
                + " read as the rest of task " + Warnings.quote(String.valueOf(last.name())), row.page());
    }

    private static String joined(String head, CellText tail) {
        return tail == null ? head : head == null ? tail.text() : CjkText.joinWrapped(head, tail.text());
    }

}
