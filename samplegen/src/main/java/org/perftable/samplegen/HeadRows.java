package org.perftable.samplegen;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.perftable.samplegen.Truth.Goal;
import org.perftable.samplegen.Truth.Line;

/**
 * The rows above a form's indicators, drawn into one table: label/value pairs, a funding block, a
 * goal block, each in one of the arrangements forms print them in, and the facts they state.
 */
final class HeadRows {

    /** A funding item: printed label and amount. */
    record Item(String label, BigDecimal amount) {
    }

    /** A goal block entry: the printed label, the goal kind and period it stands for, and its goals. */
    record GoalEntry(String label, String kind, String period, List<String> goals) {
    }

    private final Draw draw;
    final TableDraft table;
    final Map<String, String> fields = new LinkedHashMap<>();
    final List<Line> funding = new ArrayList<>();
    final List<Goal> goals = new ArrayList<>();

    HeadRows(Draw draw, int width) {
        this.draw = draw;
        this.table = new TableDraft(width);
    }

    /** Pairs, one or two to a row, sometimes printed as 标签：值 in one cell; each value kept as a field when {@code kept}. */
    void pairs(List<String[]> pairs, boolean kept) {
        int i = 0;
        while (i < pairs.size()) {
            String[] a = pairs.get(i);
            boolean inline = !draw.plain && draw.chance(0.12);
            boolean two = i + 1 < pairs.size() && table.width >= 4 && draw.chance(0.5);
            String[] b = two ? pairs.get(i + 1) : null;
            int r = table.row();
            if (inline) {
                draw.feature("label_value_in_one_cell");
                if (two) {
                    int half = table.width / 2;
                    table.put(r, 0, a[0] + "：" + a[1], 1, half);
                    table.put(r, half, b[0] + "：" + b[1], 1, table.width - half);
                } else {
                    table.put(r, 0, a[0] + "：" + a[1], 1, table.width);
                }
            } else if (two) {
                int firstValue = Math.max(1, (table.width - 2) / 2);
                table.put(r, 0, a[0]);
                table.put(r, 1, a[1], 1, firstValue);
                table.put(r, 1 + firstValue, b[0]);
                table.put(r, 2 + firstValue, b[1], 1, table.width - 2 - firstValue);
            } else {
                table.put(r, 0, a[0]);
                table.put(r, 1, a[1], 1, table.width - 1);
            }
            if (kept) {
                fields.put(a[0], fact(a[1]));
                if (two) {
                    fields.put(b[0], fact(b[1]));
                }
            }
            i += two ? 2 : 1;
        }
    }

    /** The value a checkbox cell stands for: its ticked option. */
    private static String fact(String value) {
        int box = value.indexOf('☑');
        if (box < 0) {
            return value;
        }
        String after = value.substring(box + 1);
        int next = after.indexOf('☐');
        return (next < 0 ? after : after.substring(0, next)).strip();
    }

    /**
     * A funding block labelled {@code label}: items down the rows, across a header row, as 标签：金额
     * cells, or with 实施期 and 年度 amounts side by side ({@code periodItems} holding the 实施期 ones).
     */
    void funding(String label, String group, List<Item> items, List<Item> periodItems) {
        int w = table.width;
        if (periodItems != null && w >= 4) {
            draw.feature("funding_periods_side_by_side");
            int top = table.row();
            String periodHeader = draw.one("实施期", "实施期资金总额");
            String annualHeader = periodHeader.equals("实施期") ? "年度" : "年度资金总额";
            table.put(top, 1, "", 1, w - 3);
            table.put(top, w - 2, periodHeader);
            table.put(top, w - 1, annualHeader);
            for (int i = 0; i < items.size(); i++) {
                int r = table.row();
                String period = amount(periodItems.get(i).amount());
                String annual = amount(items.get(i).amount());
                table.put(r, 1, items.get(i).label(), 1, w - 3);
                table.put(r, w - 2, period);
                table.put(r, w - 1, annual);
                funding.add(new Line(group, items.get(i).label(), "实施期", period, periodItems.get(i).amount()));
                funding.add(new Line(group, items.get(i).label(), "年度", annual, items.get(i).amount()));
            }
            table.put(top, 0, label, items.size() + 1, 1);
            return;
        }
        int arrangement = draw.plain ? 0 : w - 1 >= items.size() && draw.chance(0.35) ? 1 : draw.chance(0.2) ? 2 : 0;
        int top = table.height();
        if (arrangement == 1) {
            draw.feature("funding_header_row");
            int head = table.row();
            int values = table.row();
            for (int i = 0; i < items.size(); i++) {
                int span = i == items.size() - 1 ? w - 1 - i : 1;
                String raw = amount(items.get(i).amount());
                table.put(head, 1 + i, items.get(i).label(), 1, span);
                table.put(values, 1 + i, raw, 1, span);
                funding.add(new Line(group, items.get(i).label(), null, raw, items.get(i).amount()));
            }
        } else {
            draw.feature(arrangement == 2 ? "funding_label_value_cells" : "funding_vertical");
            for (Item item : items) {
                int r = table.row();
                String raw = amount(item.amount());
                if (arrangement == 2) {
                    table.put(r, 1, item.label() + "：" + raw, 1, w - 1);
                } else {
                    table.put(r, 1, item.label(), 1, w - 2);
                    table.put(r, w - 1, raw);
                }
                funding.add(new Line(group, item.label(), null, raw, item.amount()));
            }
        }
        table.put(top, 0, label, table.height() - top, 1);
    }

    /** Goals as rows (one label each) or side by side under one label; several goals run on in one cell. */
    void goals(List<GoalEntry> entries, String sharedLabel) {
        int w = table.width;
        boolean sideBySide = !draw.plain && entries.size() == 2 && w >= 3 && draw.chance(0.4);
        if (sideBySide) {
            draw.feature("goals_side_by_side");
            int head = table.row();
            int body = table.row();
            int mid = 1 + (w - 1) / 2;
            table.put(head, 0, sharedLabel, 2, 1);
            table.put(head, 1, entries.get(0).label(), 1, mid - 1);
            table.put(head, mid, entries.get(1).label(), 1, w - mid);
            table.put(body, 1, text(entries.get(0)), 1, mid - 1);
            table.put(body, mid, text(entries.get(1)), 1, w - mid);
        } else {
            draw.feature("goals_rows");
            for (GoalEntry entry : entries) {
                int r = table.row();
                table.put(r, 0, entry.label());
                table.put(r, 1, text(entry), 1, w - 1);
            }
        }
        for (GoalEntry entry : entries) {
            for (String goal : entry.goals()) {
                goals.add(new Goal(entry.kind(), entry.period(), goal));
            }
        }
    }

    private String text(GoalEntry entry) {
        if (entry.goals().size() == 1) {
            return entry.goals().get(0);
        }
        draw.feature("goals_run_on");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < entry.goals().size(); i++) {
            text.append("目标").append(i + 1).append(draw.one("：", ":")).append(entry.goals().get(i));
        }
        return text.toString();
    }

    /** An amount as finance staff print it: with or without thousands separators, two decimals. */
    String amount(BigDecimal amount) {
        BigDecimal scaled = amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
        return draw.chance(0.5) ? String.format(java.util.Locale.ROOT, "%,.2f", scaled) : scaled.toPlainString();
    }
}
