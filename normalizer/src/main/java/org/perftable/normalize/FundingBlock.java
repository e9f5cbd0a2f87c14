package org.perftable.normalize;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.perftable.filing.BudgetLine;

/**
 * The rows of a funding block (项目资金, 资金情况, 预算情况) in any of its printed arrangements:
 * label | amount pairs, a label and its amount in one cell (资金总额：4,380.00), a row of labels over
 * a row of amounts, or 实施期 | 年度 columns beside the labels.
 */
final class FundingBlock {

    private static final Pattern PAIR_IN_CELL = Pattern.compile("^(.{1,20}?)[:：]\\s*(-?[0-9０-９][0-9０-９,.]*)$");

    private final FormDraft form;
    private final List<BudgetLine> lines;
    private final String group;
    /** A row of labels or of period headers, waiting for the row that tells which it is. */
    private RowText heading;
    private final TreeMap<Integer, CellText> periodColumns = new TreeMap<>();

    FundingBlock(FormDraft form, List<BudgetLine> lines, String group) {
        this.form = form;
        this.lines = lines;
        this.group = group;
    }

    /** Whether a printed label names an amount of a funding block. */
    static boolean isLine(String printed) {
        return "line".equals(Vocabulary.standard().role(Vocabulary.Section.FUNDING, printed));
    }

    /** Whether a cell names a period column: 实施期, 年度, 实施期资金总额 …. */
    private static String periodOf(String key) {
        if (key.startsWith("实施期") || key.startsWith("实施周期") || key.startsWith("中期")) {
            return "implementation_period";
        }
        return key.startsWith("年度") || key.startsWith("本年") || key.startsWith("当年") ? "annual" : null;
    }

    void row(RowText row) {
        boolean amounts = row.cells().stream().anyMatch(c -> Amounts.parse(c.text()) != null);
        if (!amounts) {
            if (heading != null) {
                pairs(heading);
            }
            heading = row;
            return;
        }
        if (heading != null) {
            RowText head = heading;
            heading = null;
            if (row.cells().stream().allMatch(c -> Amounts.parse(c.text()) != null)) {
                byColumn(head, row);
                return;
            }
            if (head.cells().stream().allMatch(c -> periodOf(c.key()) != null)) {
                periodColumns.clear();
                head.cells().forEach(c -> periodColumns.put(c.column(), c));
            } else {
                pairs(head);
            }
        }
        if (!periodColumns.isEmpty() && row.cells().size() >= 2 && Amounts.parse(row.first().text()) == null) {
            byPeriod(row);
        } else {
            pairs(row);
        }
    }

    /** Ends the block: a heading no amounts followed is read as labels without amounts. */
    void finish() {
        if (heading != null) {
            pairs(heading);
            heading = null;
        }
    }

    /** A row of labels over a row of amounts. */
    private void byColumn(RowText labels, RowText amounts) {
        Map<Integer, CellText> byColumn = new TreeMap<>();
        amounts.cells().forEach(c -> byColumn.put(c.column(), c));
        boolean inOrder = labels.cells().size() == amounts.cells().size();
        for (int i = 0; i < labels.cells().size(); i++) {
            CellText label = labels.cells().get(i);
            CellText amount = inOrder ? amounts.cells().get(i) : byColumn.remove(label.column());
            add(label.text(), null, amount, amounts.page());
        }
        if (!inOrder) {
            byColumn.values().forEach(c -> form.warnings.unplaced(c, amounts.page(), "the funding block"));
        }
    }

    /** A label followed by the amounts of the period columns. */
    private void byPeriod(RowText row) {
        String label = row.first().text();
        List<CellText> rest = row.rest().cells();
        List<CellText> periods = List.copyOf(periodColumns.values());
        boolean inOrder = rest.size() == periods.size();
        for (int i = 0; i < rest.size(); i++) {
            CellText cell = rest.get(i);
            CellText period = inOrder ? periods.get(i) : periodColumns.get(cell.column());
            if (period == null) {
                form.warnings.unplaced(cell, row.page(), "the funding block");
            } else {
                add(label, periodOf(period.key()), cell, row.page());
            }
        }
    }

    /** Label | amount pairs side by side; a cell may hold both (资金总额：4,380.00). */
    private void pairs(RowText row) {
        CellText label = null;
        for (CellText cell : row.cells()) {
            Matcher inCell = PAIR_IN_CELL.matcher(cell.text());
            if (Amounts.parse(cell.text()) != null) {
                if (label == null) {
                    form.warnings.unplaced(cell, row.page(), "the funding block");
                } else {
                    add(label.text(), null, cell, row.page());
                    label = null;
                }
            } else if (inCell.matches() && Amounts.parse(inCell.group(2)) != null) {
                if (label != null) {
                    add(label.text(), null, null, row.page());
                }
                label = null;
                lines.add(new BudgetLine(group, inCell.group(1).strip(), null, Amounts.parse(inCell.group(2)),
                        inCell.group(2), new LinkedHashMap<>(), row.page()));
            } else {
                if (label != null) {
                    add(label.text(), null, null, row.page());
                }
                label = cell;
            }
        }
        if (label != null) {
            add(label.text(), null, null, row.page());
        }
    }

    private void add(String label, String period, CellText amount, int page) {
        BigDecimal parsed = amount == null ? null : Amounts.parse(amount.text());
        lines.add(new BudgetLine(group, label, period, parsed, amount == null ? null : amount.text(),
                new LinkedHashMap<>(), page));
    }
}
