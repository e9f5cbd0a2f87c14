package org.perftable.samplegen;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.perftable.samplegen.Lexicon.Measure;
import org.perftable.samplegen.Truth.Indicator;
import org.perftable.samplegen.Truth.Target;

/**
 * An indicator table drawn at random — 3, 2 or 1 printed levels; a single value column, split value
 * columns, 年度 and 实施期 value columns, or 实施期 and 年度 column groups side by side; extra columns,
 * scored 一级, ★ marks, merged or repeated category cells, empty category rows; crossing a page with
 * or without its header repeated — and the indicators a reading of it must give.
 */
final class IndicatorDraft {

    /** What a column holds. */
    private enum Role { LEVEL1, LEVEL2, NAME, VALUE, NATURE, NUMBER, UNIT, ANNUAL, PERIOD, EXTRA, WEIGHT, BASIS }

    private record Column(String header, Role role) {
    }

    /** A printed row; {@code measure} null for an empty category row. */
    private record Line(String level1, String level2, Measure measure, boolean core, String nature,
            Map<String, String> cells) {
    }

    private static final String LABEL = "绩效指标";

    private final Draw draw;
    private final int levels;
    private final boolean groups;
    private final boolean merged;
    private final boolean scored;
    private final String scoreStyle;
    private final List<Column> columns = new ArrayList<>();
    private final List<List<Line>> sides = new ArrayList<>();
    private final List<Indicator> truth = new ArrayList<>();

    /** @param plain whether the table is the national template's: three levels, one 指标值 column, nothing else */
    IndicatorDraft(Draw draw, boolean plain) {
        this.draw = draw;
        levels = plain || draw.chance(0.7) ? 3 : draw.chance(0.5) ? 2 : 1;
        draw.feature("levels_" + levels);
        groups = levels == 3 && !plain && draw.chance(0.1);
        merged = levels > 1 && draw.chance(0.7);
        if (levels > 1) {
            draw.feature(merged ? "levels_merged" : "levels_repeated");
        }
        scored = levels == 3 && !plain && draw.chance(0.25);
        scoreStyle = draw.one("（%d分）", "(%d分)");
        if (scored) {
            draw.feature("scored_level1");
        }
        columns(plain);
        boolean core = !plain && draw.chance(0.2);
        if (core) {
            draw.feature("core_marks");
        }
        for (int s = 0; s < (groups ? 2 : 1); s++) {
            boolean longTable = !groups && draw.chance(0.2);
            sides.add(lines(core, longTable ? draw.between(18, 28) : draw.between(4, 11)));
            String period = groups ? (s == 0 ? "implementation_period" : "annual") : null;
            for (Line line : sides.get(s)) {
                if (line.measure() != null) {
                    truth.add(indicator(line, period));
                }
            }
        }
    }

    /** Columns of the table, without the 绩效指标 label column a form may print on its left. */
    int width() {
        return groups ? columns.size() * 2 : columns.size();
    }

    List<Indicator> truth() {
        return truth;
    }

    /** Warning codes a reading must give: an 一级 inferred from the taxonomy. */
    List<String> warnings() {
        return levels == 2 ? List.of("level1_inferred") : List.of();
    }

    private void columns(boolean plain) {
        if (levels == 3) {
            columns.add(new Column(draw.one("一级指标", "一级"), Role.LEVEL1));
        }
        if (levels >= 2) {
            columns.add(new Column(draw.one("二级指标", "二级"), Role.LEVEL2));
            columns.add(new Column(levels == 3 ? draw.one("三级指标", "三级", "指标内容") : draw.one("三级指标", "指标名称"), Role.NAME));
        } else {
            columns.add(new Column(draw.one("指标名称", "指标内容"), Role.NAME));
        }
        if (groups) {
            draw.feature("value_period_groups");
            columns.add(new Column("指标值", Role.VALUE));
            return;
        }
        if (plain || draw.chance(0.6)) {
            draw.feature("value_single");
            columns.add(new Column(plain ? "指标值" : draw.one("指标值", "目标值", "指标值及单位", "预期值", "当年预期实现值"), Role.VALUE));
        } else if (draw.chance(0.5)) {
            draw.feature("value_split");
            columns.add(new Column("指标性质", Role.NATURE));
            columns.add(new Column("指标值", Role.NUMBER));
            columns.add(new Column(draw.one("度量单位", "计量单位", "单位"), Role.UNIT));
        } else {
            draw.feature("value_annual_and_period");
            columns.add(new Column("年度指标值", Role.ANNUAL));
            columns.add(new Column("实施期指标值", Role.PERIOD));
        }
        if (plain) {
            return;
        }
        if (draw.chance(0.4)) {
            draw.feature("extra_columns");
            for (String header : draw.some(List.of("指标解释", "指标说明", "计算方法", "评(扣)分标准", "评（扣）分标准",
                    "绩效标准", "指标来源", "数据来源", "备注"), draw.between(1, 3))) {
                columns.add(new Column(header, Role.EXTRA));
            }
        }
        if (draw.chance(0.25)) {
            draw.feature("weight_column");
            columns.add(new Column(draw.one("权重", "分值"), Role.WEIGHT));
        }
        if (draw.chance(0.15)) {
            draw.feature("basis_column");
            columns.add(new Column("指标值确定依据", Role.BASIS));
        }
        if (draw.chance(0.08)) {
            draw.feature("unknown_column");
            columns.add(new Column("责任科室", Role.EXTRA));
        }
        if (draw.chance(0.15)) {
            draw.feature("columns_shuffled");
            draw.shuffle(columns);
        }
    }

    /** About {@code count} rows in taxonomy order, sometimes with an empty category row. */
    private List<Line> lines(boolean core, int count) {
        List<String[]> categories = new ArrayList<>();
        for (String level1 : Lexicon.LEVEL1_ORDER) {
            if (level1.equals("成本指标") && draw.chance(0.3)) {
                continue;
            }
            for (String level2 : Lexicon.LEVEL2.get(level1)) {
                categories.add(new String[] {level1, level2});
            }
        }
        List<Line> lines = new ArrayList<>();
        boolean emptyRow = levels == 3 && draw.chance(0.15);
        List<String[]> used = draw.some(categories, Math.max(3, Math.min(categories.size(), count / 2)));
        int perCategory = Math.max(1, count / used.size());
        for (String[] category : used) {
            List<Measure> measures = Lexicon.MEASURES.get(category[1]);
            List<Measure> chosen = draw.some(measures, Math.min(measures.size(), draw.between(1, perCategory + 1)));
            for (Measure measure : chosen) {
                lines.add(line(category[0], category[1], measure, core && draw.chance(0.3)));
            }
        }
        if (emptyRow) {
            for (String[] category : categories) {
                if (!used.contains(category)) {
                    draw.feature("empty_category_row");
                    int at = lines.size();
                    for (int i = 0; i < lines.size(); i++) {
                        if (lines.get(i).level1().equals(category[0])) {
                            at = i + 1;
                        }
                    }
                    lines.add(at, new Line(category[0], category[1], null, false, null, Map.of()));
                    break;
                }
            }
        }
        return lines;
    }

    private Line line(String level1, String level2, Measure measure, boolean core) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (Column column : columns) {
            switch (column.role()) {
                case EXTRA -> cells.put(column.header(), draw.pick(Lexicon.EXTRA_TEXTS.get(column.header())));
                case WEIGHT -> cells.put(column.header(), String.valueOf(draw.between(2, 10)));
                case BASIS -> cells.put(column.header(), draw.pick(Lexicon.BASIS));
                default -> {
                }
            }
        }
        return new Line(level1, level2, measure, core, nature(measure), cells);
    }

    /** The 指标性质 printed for a measure in split value columns. */
    private String nature(Measure measure) {
        if (measure.qualitative()) {
            return "定性";
        }
        String op = Lexicon.OPS.get(measure.lead().isEmpty() ? measure.trail() : measure.lead());
        if (op == null) {
            return draw.one("=", "定量");
        }
        return switch (op) {
            case ">=" -> "≥";
            case "<=" -> "≤";
            case ">" -> "＞";
            case "<" -> "＜";
            default -> "=";
        };
    }

    private Indicator indicator(Line line, String period) {
        Measure measure = line.measure();
        Map<String, Target> targets = new LinkedHashMap<>();
        Map<String, String> extra = new LinkedHashMap<>();
        BigDecimal weight = null;
        String basis = null;
        for (Column column : columns) {
            switch (column.role()) {
                case VALUE -> targets.put("value", target(measure, false));
                case NUMBER -> targets.put("value", splitTarget(measure, line.nature()));
                case NATURE -> extra.put(column.header(), line.nature());
                case ANNUAL -> targets.put("annual", target(measure, false));
                case PERIOD -> targets.put("period", target(measure, true));
                case EXTRA -> extra.put(column.header(), line.cells().get(column.header()));
                case WEIGHT -> {
                    extra.put(column.header(), line.cells().get(column.header()));
                    weight = new BigDecimal(line.cells().get(column.header()));
                }
                case BASIS -> basis = line.cells().get(column.header());
                default -> {
                }
            }
        }
        String level1 = levels == 1 ? null : line.level1();
        BigDecimal score = scored ? BigDecimal.valueOf(Lexicon.LEVEL1_SCORES.get(line.level1())) : null;
        return new Indicator(level1, score, levels == 1 ? null : line.level2(), measure.name(), line.core(), period,
                targets, weight, extra, basis);
    }

    /** Units of counts, which add up over the years of a 实施期; rates, times and costs do not. */
    private static final java.util.Set<String> COUNTS = java.util.Set.of("人次", "人", "次", "个", "家", "座", "台", "份",
            "公里", "万亩");

    /** The printed target of a value column; over the 实施期 a count is three years' worth. */
    private static Target target(Measure measure, boolean wholePeriod) {
        if (measure.qualitative()) {
            return new Target(measure.lead(), null, null, null);
        }
        String number = wholePeriod && COUNTS.contains(measure.unit())
                ? new BigDecimal(measure.number()).multiply(BigDecimal.valueOf(3)).stripTrailingZeros().toPlainString()
                : measure.number();
        String raw = measure.lead() + number + measure.unit() + measure.trail();
        String op = Lexicon.OPS.get(measure.lead().isEmpty() ? measure.trail() : measure.lead());
        return new Target(raw, measure.lead().isEmpty() && measure.trail().isEmpty() ? null : op,
                new BigDecimal(number), measure.unit());
    }

    /** Split columns compose: an operator from 指标性质 (定性, 定量 are not operators), the number, the unit. */
    private static Target splitTarget(Measure measure, String nature) {
        if (measure.qualitative()) {
            return new Target(measure.lead(), null, null, null);
        }
        String symbol = nature.equals("定量") ? "" : nature;
        String op = switch (symbol) {
            case "≥" -> ">=";
            case "≤" -> "<=";
            case "＞" -> ">";
            case "＜" -> "<";
            case "=" -> "=";
            default -> null;
        };
        return new Target(symbol + measure.number() + measure.unit(), op, new BigDecimal(measure.number()), measure.unit());
    }

    /** The printed text of a row's cell in a column. */
    private String cell(Line line, Column column) {
        Measure measure = line.measure();
        if (measure == null) {
            return switch (column.role()) {
                case LEVEL1 -> level1Text(line.level1());
                case LEVEL2 -> line.level2();
                default -> "";
            };
        }
        return switch (column.role()) {
            case LEVEL1 -> level1Text(line.level1());
            case LEVEL2 -> line.level2();
            case NAME -> (line.core() ? "★" : "") + measure.name();
            case VALUE, ANNUAL -> target(measure, false).raw();
            case PERIOD -> target(measure, true).raw();
            case NATURE -> line.nature();
            case NUMBER -> measure.qualitative() ? measure.lead() : measure.number();
            case UNIT -> measure.qualitative() ? "" : measure.unit();
            case EXTRA, WEIGHT, BASIS -> line.cells().get(column.header());
        };
    }

    private String level1Text(String level1) {
        return scored ? level1 + String.format(scoreStyle, Lexicon.LEVEL1_SCORES.get(level1)) : level1;
    }

    /**
     * Draws the table onto the pages: into {@code first} (a table that may already hold the form's
     * head rows; when {@code labelled}, column 0 is left for a 绩效指标 label column) and, when it
     * crosses a page, into a further table on the next page.
     */
    void draw(PrintedPages pages, TableDraft first, boolean labelled) {
        int left = labelled ? 1 : 0;
        int top = first.height();
        if (groups) {
            int headerRow = first.row();
            first.put(headerRow, left, "实施期绩效指标", 1, columns.size());
            first.put(headerRow, left + columns.size(), "年度绩效指标", 1, columns.size());
            int columnsRow = first.row();
            header(first, columnsRow, left);
            header(first, columnsRow, left + columns.size());
            int start = first.height();
            int height = Math.max(sides.get(0).size(), sides.get(1).size());
            for (int i = 0; i < height; i++) {
                first.row();
            }
            drawLines(first, sides.get(0), left, start, null);
            drawLines(first, sides.get(1), left + columns.size(), start, null);
            label(first, labelled, top, LABEL);
            pages.table(first);
            return;
        }
        List<Line> lines = sides.get(0);
        int breakAt = lines.size() >= 14 ? draw.between(6, lines.size() - 4) : -1;
        header(first, first.row(), left);
        addRows(first, breakAt > 0 ? breakAt : lines.size());
        drawLines(first, lines.subList(0, breakAt > 0 ? breakAt : lines.size()), left, first.height() - (breakAt > 0 ? breakAt : lines.size()), null);
        label(first, labelled, top, LABEL);
        pages.table(first);
        if (breakAt < 0) {
            return;
        }
        draw.feature("page_break_in_table");
        pages.newPage();
        TableDraft next = new TableDraft(first.width);
        if (draw.chance(0.5)) {
            draw.feature("header_repeated");
            header(next, next.row(), left);
        } else {
            draw.feature("header_not_repeated");
        }
        int start = next.height();
        addRows(next, lines.size() - breakAt);
        if (drawLines(next, lines.subList(breakAt, lines.size()), left, start, lines.get(breakAt - 1))) {
            draw.feature("merged_level_cut_by_page");
        }
        label(next, labelled, 0, draw.one(LABEL, ""));
        pages.table(next);
    }

    private void header(TableDraft table, int r, int left) {
        for (int c = 0; c < columns.size(); c++) {
            table.put(r, left + c, columns.get(c).header());
        }
    }

    private static void addRows(TableDraft table, int count) {
        for (int i = 0; i < count; i++) {
            table.row();
        }
    }

    /** The 绩效指标 label column, spanning every row of the table from {@code top}, when the form prints one. */
    private static void label(TableDraft table, boolean labelled, int top, String text) {
        if (labelled && table.height() > top) {
            table.put(top, 0, text, table.height() - top, 1);
        }
    }

    /**
     * Fills rows from {@code start} with the lines, category cells merged down over their rows or
     * printed on each. When merged, a category continuing from the line {@code before} (on the page
     * before) is left empty, as a merged cell cut by the page end prints; returns whether one was.
     */
    private boolean drawLines(TableDraft table, List<Line> lines, int left, int start, Line before) {
        for (int i = 0; i < lines.size(); i++) {
            for (int c = 0; c < columns.size(); c++) {
                table.put(start + i, left + c, cell(lines.get(i), columns.get(c)));
            }
        }
        if (!merged) {
            return false;
        }
        boolean cut = false;
        for (int c = 0; c < columns.size(); c++) {
            Role role = columns.get(c).role();
            if (role != Role.LEVEL1 && role != Role.LEVEL2) {
                continue;
            }
            int r = 0;
            while (r < lines.size()) {
                int end = r + 1;
                while (end < lines.size() && sameCategory(lines.get(end), lines.get(r), role)) {
                    end++;
                }
                boolean continues = r == 0 && before != null && sameCategory(lines.get(0), before, role);
                cut |= continues;
                String text = continues ? "" : cell(lines.get(r), columns.get(c));
                table.put(start + r, left + c, text, end - r, 1);
                for (int below = r + 1; below < end; below++) {
                    table.put(start + below, left + c, "");
                }
                r = end;
            }
        }
        return cut;
    }

    private static boolean sameCategory(Line a, Line b, Role role) {
        return a.level1().equals(b.level1()) && (role == Role.LEVEL1 || a.level2().equals(b.level2()));
    }
}
