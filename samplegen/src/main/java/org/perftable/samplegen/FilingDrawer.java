package org.perftable.samplegen;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.perftable.samplegen.HeadRows.GoalEntry;
import org.perftable.samplegen.HeadRows.Item;
import org.perftable.samplegen.Lexicon.Department;
import org.perftable.samplegen.Truth.Form;
import org.perftable.samplegen.Truth.Line;
import org.perftable.samplegen.Truth.ListedProject;
import org.perftable.samplegen.Truth.Task;

/**
 * Draws one filing: one to three forms of a family, each with a random title, head labels,
 * funding, goal and indicator arrangement, on its own pages, and the truth of each form.
 */
final class FilingDrawer {

    private static final List<String> PROJECT_TITLES = List.of("项目支出绩效目标表", "项目支出绩效目标申报表",
            "项目绩效目标申报表", "项目绩效目标表", "财政支出项目绩效目标申报表", "市直部门预算项目支出绩效目标表",
            "政策绩效目标表", "政策项目绩效目标表");
    private static final List<String> BUDGET_TITLES = List.of("部门整体预算绩效目标表", "部门整体预算绩效目标申报表");
    private static final List<String> EXPENDITURE_TITLES = List.of("部门整体支出绩效目标表", "部门整体支出绩效目标申报表");
    private static final List<String> TRANSFER_TITLES = List.of("中央对地方转移支付绩效目标表", "中央对地方转移支付区域绩效目标表");

    private final Draw draw;
    private final PrintedPages pages = new PrintedPages();
    private final int year;
    private final Department department;

    FilingDrawer(Draw draw) {
        this.draw = draw;
        this.year = draw.between(2023, 2026);
        this.department = draw.pick(Lexicon.DEPARTMENTS);
    }

    PrintedPages pages() {
        return pages;
    }

    /** The forms of a filing of the family, drawn onto the pages. */
    List<Form> forms(String family) {
        List<Form> forms = new ArrayList<>();
        int count = draw.plain ? 1 : draw.between(1, 3);
        if (draw.plain) {
            draw.feature("plain");
        }
        draw.feature("forms_" + count);
        List<String> projects = draw.some(department.projects(), 3);
        for (int i = 0; i < count; i++) {
            pages.newPage();
            if (i == 0 && family.equals("department_budget")) {
                forms.add(departmentForm(false));
            } else if (i == 0 && family.equals("department_expenditure")) {
                forms.add(departmentForm(true));
            } else if (family.equals("transfer")) {
                forms.add(transferForm());
            } else {
                forms.add(projectForm(projects.get(i)));
            }
        }
        return forms;
    }

    /** The title, with a year before it or （year年度） after it, and a 附表N / 附件N before it. */
    private void title(List<String> titles) {
        String title = draw.pick(titles);
        if (!draw.plain && draw.chance(0.3)) {
            draw.feature("title_annex");
            String annex = draw.one("附表", "附件") + draw.between(1, 9);
            if (draw.chance(0.5)) {
                pages.line(annex);
            } else {
                title = annex + draw.one("：", " ") + title;
            }
        }
        if (!draw.plain && draw.chance(0.3)) {
            draw.feature("title_year_before");
            int at = title.indexOf(titles.stream().filter(title::contains).findFirst().orElseThrow());
            title = title.substring(0, at) + year + "年" + title.substring(at);
        } else if (draw.chance(0.4)) {
            draw.feature("title_year_after");
            if (draw.chance(0.5)) {
                pages.line(title);
                title = "（" + year + "年度）";
            } else {
                title = title + "（" + year + "年度）";
            }
        }
        pages.line(title);
    }

    /** Prints 单位：万元 above the table unless the funding label carries the unit. */
    private String fundingLabel(String word) {
        if (draw.chance(0.5)) {
            return word + "（万元）";
        }
        pages.line(draw.one("单位：万元", "金额单位：万元"));
        return word;
    }

    private Form projectForm(String project) {
        title(draw.plain ? PROJECT_TITLES.subList(0, 2) : PROJECT_TITLES);
        IndicatorDraft indicators = new IndicatorDraft(draw, draw.plain);
        boolean oneTable = indicators.width() + 1 >= 4 && draw.chance(0.5);
        draw.feature(oneTable ? "one_table" : "separate_indicator_table");
        HeadRows head = new HeadRows(draw, oneTable ? indicators.width() + 1 : draw.between(4, 6));
        String fundingLabel = fundingLabel(draw.one("项目资金", "资金情况", "预算情况"));
        List<String[]> pairs = new ArrayList<>();
        pairs.add(new String[] {draw.one("项目名称", "项目支出名称"), project});
        String departmentLabel = draw.plain ? "主管部门及代码" : draw.one("主管部门", "主管部门及代码", "预算部门");
        String departmentValue = departmentLabel.endsWith("代码") ? "[" + department.code() + "]" + department.name()
                : department.name();
        pairs.add(new String[] {departmentLabel, departmentValue});
        head.pairs(pairs, false);
        if (departmentLabel.endsWith("代码")) {
            head.fields.put(departmentLabel, departmentValue);
        }
        List<String[]> more = new ArrayList<>();
        more.add(new String[] {draw.plain ? "实施单位" : draw.one("实施单位", "项目实施单位"), implementer()});
        if (!draw.plain && draw.chance(0.6)) {
            more.add(property());
        }
        if (!draw.plain && draw.chance(0.5)) {
            more.add(new String[] {draw.one("项目期", "实施期", "项目支出实施期", "项目周期"),
                    draw.one(year + "年", (year - 1) + "年—" + (year + 1) + "年", "3年", year + "年1月-" + year + "年12月")});
        }
        if (!draw.plain && draw.chance(0.4)) {
            more.add(new String[] {draw.one("项目编码", "项目代码"), code()});
        }
        if (!draw.plain && draw.chance(0.4)) {
            more.add(new String[] {"项目负责人", draw.pick(Lexicon.PEOPLE)});
            more.add(new String[] {"联系电话", phone()});
        }
        head.pairs(more, true);
        BigDecimal total = amount(50, 5000);
        List<Item> items = fundingItems(total);
        boolean periods = !draw.plain && draw.chance(0.2);
        head.funding(fundingLabel, null, items, periods ? scaled(items) : null);
        boolean withPeriod = !draw.plain && draw.chance(0.3);
        List<GoalEntry> goals = new ArrayList<>();
        if (withPeriod) {
            String period = (year - 1) + "年—" + (year + 1) + "年";
            goals.add(new GoalEntry("实施期目标（" + period + "）", "implementation_period", period, goalTexts()));
            goals.add(new GoalEntry(draw.one("年度目标", "年度绩效目标"), "annual", null, goalTexts()));
        } else if (!draw.plain && draw.chance(0.25)) {
            goals.add(new GoalEntry(draw.one("总体目标", "总体绩效目标"), "overall", null, goalTexts()));
            goals.add(new GoalEntry(draw.one("年度目标", "年度绩效目标", "本年度绩效目标"), "annual", null, goalTexts()));
        } else {
            goals.add(new GoalEntry(draw.plain ? "年度绩效目标" : draw.one("年度绩效目标", "年度目标", "本年度绩效目标"),
                    "annual", null, goalTexts()));
        }
        head.goals(goals, "绩效目标");
        draw(head, indicators, oneTable);
        return new Form("project_expenditure_targets", draw.formFeatures(), department.name(), "万元", project, head.fields, head.funding,
                head.goals, List.of(), List.of(), indicators.truth(), indicators.warnings());
    }

    private Form transferForm() {
        draw.feature("transfer_payment");
        title(TRANSFER_TITLES);
        IndicatorDraft indicators = new IndicatorDraft(draw, true);
        boolean oneTable = draw.chance(0.5);
        draw.feature(oneTable ? "one_table" : "separate_indicator_table");
        HeadRows head = new HeadRows(draw, oneTable ? indicators.width() + 1 : draw.between(4, 6));
        String fundingLabel = fundingLabel("资金情况");
        String name = draw.pick(department.projects()) + "转移支付";
        String province = draw.one("湖北省", "广东省", "四川省", "河南省", "云南省");
        List<String[]> pairs = new ArrayList<>();
        pairs.add(new String[] {"转移支付名称", name});
        pairs.add(new String[] {"中央主管部门", draw.one("民政部", "教育部", "农业农村部", "生态环境部", "人力资源社会保障部")});
        pairs.add(new String[] {"省级财政部门", province + "财政厅"});
        pairs.add(new String[] {"省级主管部门", province + draw.one("民政厅", "教育厅", "农业农村厅", "生态环境厅")});
        head.pairs(pairs, true);
        BigDecimal central = amount(1000, 90000);
        BigDecimal local = amount(100, 9000);
        head.funding(fundingLabel, "资金情况", List.of(new Item("资金总额", central.add(local)),
                new Item("中央补助", central), new Item("地方资金", local)), null);
        head.goals(List.of(new GoalEntry("年度总体目标", "annual", null, goalTexts())), "绩效目标");
        draw(head, indicators, oneTable);
        return new Form("transfer_payment_targets", draw.formFeatures(), null, "万元", null, head.fields, head.funding, head.goals,
                List.of(), List.of(), indicators.truth(), indicators.warnings());
    }

    private Form departmentForm(boolean expenditure) {
        draw.feature(expenditure ? "department_expenditure" : "department_budget");
        title(expenditure ? EXPENDITURE_TITLES : BUDGET_TITLES);
        IndicatorDraft indicators = new IndicatorDraft(draw, false);
        boolean oneTable = indicators.width() + 1 >= 6 && draw.chance(0.5);
        draw.feature(oneTable ? "one_table" : "separate_indicator_table");
        HeadRows head = new HeadRows(draw, oneTable ? indicators.width() + 1 : 6);
        pages.line(draw.one("单位：万元", "金额单位：万元"));
        List<String[]> pairs = new ArrayList<>();
        pairs.add(new String[] {draw.one("部门名称", "部门（单位）名称", "预算部门", "单位名称"), department.name()});
        head.pairs(pairs, false);
        if (draw.chance(0.5)) {
            head.pairs(List.of(new String[] {"填报人", draw.pick(Lexicon.PEOPLE)}, new String[] {"联系电话", phone()}), true);
        }
        budget(head);
        if (expenditure || draw.chance(0.3)) {
            head.pairs(List.<String[]>of(new String[] {draw.one("部门职能", "部门职能概述", "主要职能"),
                    department.function() + "。"}), true);
        }
        List<Task> tasks = expenditure && draw.chance(0.5) ? List.of() : tasks(head);
        List<ListedProject> projects = expenditure ? projectList(head) : List.of();
        List<GoalEntry> goals = new ArrayList<>();
        if (draw.chance(0.4)) {
            goals.add(new GoalEntry(draw.one("总体绩效目标", "总体目标", "整体绩效目标"), "overall", null, goalTexts()));
        } else {
            goals.add(new GoalEntry(draw.one("中长期目标", "长期目标"), "long_term", null, goalTexts()));
            goals.add(new GoalEntry(draw.one("年度目标", "年度绩效目标"), "annual", null, goalTexts()));
        }
        head.goals(goals, draw.one("整体绩效总目标", "绩效目标"));
        draw(head, indicators, oneTable);
        return new Form(expenditure ? "department_expenditure_targets" : "department_budget_targets",
                draw.formFeatures(), department.name(), "万元", null, head.fields, head.funding, head.goals, tasks, projects,
                indicators.truth(), indicators.warnings());
    }

    /** Income and expenditure lines, side by side (支出 | 金额 | 收入 | 金额) or down two groups. */
    private void budget(HeadRows head) {
        draw.feature("budget_lines");
        TableDraft t = head.table;
        BigDecimal basic = amount(100, 3000);
        BigDecimal project = amount(100, 3000);
        BigDecimal total = basic.add(project);
        BigDecimal other = amount(0, 100).min(total);
        BigDecimal appropriation = total.subtract(other);
        if (t.width >= 5 && draw.chance(0.5)) {
            int top = t.row();
            t.put(top, 1, "部门预算支出");
            t.put(top, 2, "预算金额（万元）");
            t.put(top, 3, "收入来源");
            t.put(top, 4, "预算金额（万元）", 1, t.width - 4);
            String[][] rows = {{"基本支出", head.amount(basic), "财政拨款", head.amount(appropriation)},
                {"项目支出", head.amount(project), "其他资金", head.amount(other)}};
            BigDecimal[][] amounts = {{basic, appropriation}, {project, other}};
            for (int i = 0; i < rows.length; i++) {
                int r = t.row();
                t.put(r, 1, rows[i][0]);
                t.put(r, 2, rows[i][1]);
                t.put(r, 3, rows[i][2]);
                t.put(r, 4, rows[i][3], 1, t.width - 4);
                head.funding.add(new Line("部门预算支出", rows[i][0], null, rows[i][1], amounts[i][0]));
                head.funding.add(new Line("收入来源", rows[i][2], null, rows[i][3], amounts[i][1]));
            }
            t.put(top, 0, "预算整体情况", 3, 1);
            return;
        }
        int top = t.height();
        String[] incomeItems = draw.one(new String[] {"财政拨款", "其他资金"}, new String[] {"一般公共预算", "政府性基金"},
                new String[] {"财政拨款", "上年结转"});
        String[] spendItems = draw.one(new String[] {"基本支出", "项目支出"},
                new String[] {"人员类项目支出", "特定目标类项目支出"});
        group(head, "收入构成", incomeItems, new BigDecimal[] {appropriation, other}, total);
        group(head, "支出构成", spendItems, new BigDecimal[] {basic, project}, total);
        t.put(top, 0, draw.one("部门总体资金情况", "预算情况（万元）", "部门预算"), t.height() - top, 1);
    }

    private void group(HeadRows head, String name, String[] items, BigDecimal[] amounts, BigDecimal total) {
        TableDraft t = head.table;
        int top = t.height();
        for (int i = 0; i <= items.length; i++) {
            int r = t.row();
            String item = i < items.length ? items[i] : "合计";
            BigDecimal amount = i < items.length ? amounts[i] : total;
            String raw = head.amount(amount);
            t.put(r, 2, item, 1, t.width - 3);
            t.put(r, t.width - 1, raw);
            head.funding.add(new Line(name, item, null, raw, amount));
        }
        t.put(top, 1, name, items.length + 1, 1);
    }

    private List<Task> tasks(HeadRows head) {
        draw.feature("tasks");
        TableDraft t = head.table;
        List<List<String>> chosen = draw.some(Lexicon.TASKS, draw.between(2, 4));
        String label = draw.one("年度主要任务", "年度重点工作任务");
        boolean split = t.width >= 6 && draw.chance(0.5);
        int top = t.row();
        List<Task> tasks = new ArrayList<>();
        if (split) {
            draw.feature("tasks_split_amounts");
            int sub = t.row();
            t.put(top, 1, "任务名称", 2, 1);
            t.put(top, 2, "主要内容", 2, t.width - 5);
            t.put(top, t.width - 3, "预算金额", 1, 3);
            t.put(sub, t.width - 3, "总额");
            t.put(sub, t.width - 2, "财政拨款");
            t.put(sub, t.width - 1, "其他资金");
        } else {
            t.put(top, 1, "任务名称");
            t.put(top, 2, "主要内容", 1, t.width - 3);
            t.put(top, t.width - 1, "预算金额");
        }
        for (List<String> task : chosen) {
            int r = t.row();
            BigDecimal fund = amount(10, 500);
            BigDecimal other = amount(0, 20);
            BigDecimal total = fund.add(other);
            String raw = head.amount(total);
            t.put(r, 1, task.get(0));
            Map<String, String> splitAmounts = new LinkedHashMap<>();
            if (split) {
                t.put(r, 2, task.get(1), 1, t.width - 5);
                t.put(r, t.width - 3, raw);
                splitAmounts.put("财政拨款", head.amount(fund));
                splitAmounts.put("其他资金", head.amount(other));
                t.put(r, t.width - 2, splitAmounts.get("财政拨款"));
                t.put(r, t.width - 1, splitAmounts.get("其他资金"));
            } else {
                t.put(r, 2, task.get(1), 1, t.width - 3);
                t.put(r, t.width - 1, raw);
            }
            tasks.add(new Task(task.get(0), task.get(1), raw, total, splitAmounts));
        }
        t.put(top, 0, label, t.height() - top, 1);
        return tasks;
    }

    /** A 项目支出情况 list: 项目名称 | 支出项目类别 | 项目总预算 | 项目本年度预算 | 项目主要支出方向和用途. */
    private List<ListedProject> projectList(HeadRows head) {
        draw.feature("project_list");
        TableDraft t = head.table;
        int top = t.row();
        String[] headers = {"项目名称", "支出项目类别", "项目总预算", "项目本年度预算", "项目主要支出方向和用途"};
        for (int c = 0; c < headers.length; c++) {
            t.put(top, 1 + c, headers[c], 1, c == headers.length - 1 ? t.width - 5 : 1);
        }
        List<ListedProject> projects = new ArrayList<>();
        for (String name : department.projects()) {
            int r = t.row();
            String category = draw.one("特定目标类", "其他运转类");
            BigDecimal year = amount(20, 800);
            BigDecimal whole = draw.chance(0.5) ? year : year.multiply(BigDecimal.valueOf(3));
            String use = draw.pick(Lexicon.USES);
            String wholeRaw = head.amount(whole);
            String yearRaw = head.amount(year);
            String[] cells = {name, category, wholeRaw, yearRaw, use};
            for (int c = 0; c < cells.length; c++) {
                t.put(r, 1 + c, cells[c], 1, c == cells.length - 1 ? t.width - 5 : 1);
            }
            projects.add(new ListedProject(name, category, Map.of("项目主要支出方向和用途", use),
                    List.of(new Line(null, "项目总预算", null, wholeRaw, whole),
                            new Line(null, "项目本年度预算", null, yearRaw, year))));
        }
        t.put(top, 0, "项目支出情况", t.height() - top, 1);
        return projects;
    }

    /** The indicator table: in the head's table under a 绩效指标 label column, or a table of its own. */
    private void draw(HeadRows head, IndicatorDraft indicators, boolean oneTable) {
        if (oneTable) {
            indicators.draw(pages, head.table, true);
            return;
        }
        pages.table(head.table);
        boolean labelled = draw.chance(0.4);
        indicators.draw(pages, new TableDraft(indicators.width() + (labelled ? 1 : 0)), labelled);
    }

    private List<Item> fundingItems(BigDecimal total) {
        BigDecimal other = amount(0, 50).min(total);
        BigDecimal fund = total.subtract(other);
        return switch (draw.plain ? 0 : draw.between(0, 3)) {
            case 0 -> List.of(new Item("年度资金总额", total), new Item("其中：财政拨款", fund), new Item("其他资金", other));
            case 1 -> List.of(new Item("资金总额", total), new Item("其中：财政资金", fund), new Item("其他资金", other));
            case 2 -> {
                BigDecimal fundPart = fund.divide(BigDecimal.valueOf(2), 2, java.math.RoundingMode.DOWN);
                yield List.of(new Item("年度资金总额", total), new Item("其中：一般公共预算", fundPart),
                        new Item("政府性基金", fund.subtract(fundPart)), new Item("其他资金", other));
            }
            default -> List.of(new Item("资金总额", total), new Item("年度本级预算金额", fund),
                    new Item("上级资金", other), new Item("上年结转", BigDecimal.ZERO.setScale(2)));
        };
    }

    /** The same items over the whole 实施期: three years' worth. */
    private static List<Item> scaled(List<Item> items) {
        return items.stream().map(i -> new Item(i.label(), i.amount().multiply(BigDecimal.valueOf(3)))).toList();
    }

    private List<String> goalTexts() {
        return draw.some(Lexicon.GOALS, draw.chance(0.6) ? 1 : draw.between(2, 3)).stream().map(g -> g + "。").toList();
    }

    private String implementer() {
        String base = department.name().replaceAll("(局|厅|委员会)$", "");
        return base + draw.pick(Lexicon.UNITS);
    }

    private String[] property() {
        String label = draw.one("项目属性", "项目类别", "项目性质");
        List<String> options = switch (label) {
            case "项目属性" -> draw.one(List.of("持续性项目", "新增项目"), List.of("新增项目", "延续项目"));
            case "项目类别" -> List.of("特定目标类", "其他运转类");
            default -> List.of("经常性项目", "一次性项目");
        };
        int ticked = draw.between(0, 1);
        if (draw.chance(0.5)) {
            draw.feature("choices");
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < options.size(); i++) {
                text.append(i > 0 ? " " : "").append(i == ticked ? "☑" : "☐").append(options.get(i));
            }
            return new String[] {label, text.toString()};
        }
        return new String[] {label, options.get(ticked)};
    }

    private String code() {
        StringBuilder code = new StringBuilder(department.code());
        while (code.length() < 18) {
            code.append(draw.between(0, 9));
        }
        return code.toString();
    }

    private String phone() {
        return draw.chance(0.5) ? "0" + draw.between(20, 29) + "-" + draw.between(80000000, 89999999)
                : "13" + draw.between(100000000, 999999999);
    }

    /** An amount in 万元 with two decimals, at least {@code low}. */
    private BigDecimal amount(int low, int high) {
        return BigDecimal.valueOf(draw.between(low * 100, high * 100), 2);
    }
}
