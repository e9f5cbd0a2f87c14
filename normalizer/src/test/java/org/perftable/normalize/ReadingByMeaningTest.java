package org.perftable.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.perftable.filing.BudgetLine;
import org.perftable.filing.Filing;
import org.perftable.filing.Form;
import org.perftable.filing.Goal;
import org.perftable.filing.Indicator;
import org.perftable.filing.Project;
import org.perftable.filing.Value;
import org.perftable.filing.Warning;
import org.perftable.grid.Block;
import org.perftable.grid.Cell;
import org.perftable.grid.Grid;
import org.perftable.grid.Page;
import org.perftable.grid.Row;
import org.perftable.grid.TextLine;

/** Forms in wordings and arrangements no sample shows, built cell by cell, read through the vocabulary. */
class ReadingByMeaningTest {

    private final List<Block> blocks = new ArrayList<>();
    /** The page the next blocks are printed on. */
    private int page = 1;

    private void line(String text) {
        blocks.add(new TextLine(text, page, "test"));
    }

    /** A row from cells; "" leaves a column blank, "text|3" spans three columns. */
    private void row(String... cells) {
        List<Cell> list = new ArrayList<>();
        int column = 0;
        for (String cell : cells) {
            int bar = cell.lastIndexOf('|');
            int span = bar < 0 ? 1 : Integer.parseInt(cell.substring(bar + 1));
            String text = bar < 0 ? cell : cell.substring(0, bar);
            list.add(new Cell(text, column, 1, span, 1, "test"));
            column += span;
        }
        blocks.add(new Row(list, page, "test"));
    }

    private Filing read() {
        List<Page> pages = new ArrayList<>();
        for (int number = 1; number <= page; number++) {
            int on = number;
            pages.add(new Page(number, blocks.stream().filter(b -> b.page() == on).toList()));
        }
        return new Normalizer().normalize(new Grid("txt", pages, List.of()), "t.txt", "0");
    }

    private static Map<String, String> raws(Indicator indicator) {
        Map<String, String> raws = new java.util.LinkedHashMap<>();
        indicator.targets().forEach((key, value) -> raws.put(key, value == null ? null : value.raw()));
        return raws;
    }

    private static List<String> codes(Form form) {
        return form.warnings().stream().map(Warning::code).toList();
    }

    @Test
    void projectFormInOtherWordsGivesItsHeadFundsGoalsAndIndicators() {
        line("附表2");
        line("财政支出项目绩效目标申报表（2025年度）");
        row("项目支出名称", "城乡环卫一体化|3");
        row("预算部门", "示例区城市管理局", "项目实施单位", "示例区环卫所");
        row("项目性质", "☐新增项目 ☑延续项目", "项目周期", "2024-2026年");
        row("预算情况（万元）", "资金总额：4,380.00", "其中：财政资金", "4,000.00");
        row("年度绩效目标", "目标1：清运生活垃圾；目标2：提升保洁质量。|3");
        row("一级指标", "二级指标", "三级指标", "指标值");
        row("产出指标", "数量指标", "垃圾清运量", "≥3万吨");
        row("", "", "保洁面积", "不少于120万平方米");
        row("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%");
        Form form = read().forms().get(0);
        Project project = form.projects().get(0);

        assertEquals("project_expenditure_targets", form.type());
        assertEquals("城乡环卫一体化", project.name());
        assertEquals("示例区城市管理局", form.department());
        assertEquals("示例区环卫所", project.fields().get("项目实施单位"));
        assertEquals("延续项目", project.fields().get("项目性质"));
        assertEquals("2024-2026年", project.fields().get("项目周期"));
        assertEquals(List.of("资金总额", "其中：财政资金"), project.funding().stream().map(BudgetLine::item).toList());
        assertEquals(0, new BigDecimal("4380").compareTo(project.funding().get(0).amount()));
        assertEquals("预算情况", project.funding().get(0).group());
        assertEquals(List.of("目标1：清运生活垃圾；", "目标2：提升保洁质量。"), project.goals().stream().map(Goal::text).toList());
        assertEquals(3, project.indicators().size());
        Indicator cleaned = project.indicators().get(1);
        assertEquals(List.of("产出指标", "数量指标", "保洁面积"), List.of(cleaned.level1(), cleaned.level2(), cleaned.level3()));
        Value target = cleaned.targets().get("value");
        assertEquals(">=", target.op());
        assertEquals(0, new BigDecimal("120").compareTo(target.number()));
        assertEquals(List.of(), codes(form));
    }

    @Test
    void splitValueColumnsMakeOneTargetAndOtherColumnsStayExtra() {
        line("项目支出绩效目标表");
        row("项目名称", "示例项目");
        row("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重（%）", "指标解释");
        row("产出指标（50分）", "数量指标", "★培训人次", "≥", "300", "人次", "20", "全年培训人次");
        row("效益指标（30分）", "社会效益指标", "技能提升", "定性", "明显提升", "", "30", "");
        Form form = read().forms().get(0);
        List<Indicator> indicators = form.projects().get(0).indicators();

        assertEquals(2, indicators.size());
        Indicator first = indicators.get(0);
        assertEquals("产出指标", first.level1());
        assertEquals(0, new BigDecimal("50").compareTo(first.level1Score()));
        assertEquals("培训人次", first.level3());
        assertTrue(first.core());
        assertEquals(Map.of("value", "≥300人次"), raws(first));
        assertEquals(0, new BigDecimal("300").compareTo(first.targets().get("value").number()));
        assertEquals("人次", first.targets().get("value").unit());
        assertEquals(0, new BigDecimal("20").compareTo(first.weight()));
        assertEquals(Map.of("指标性质", "≥", "权重（%）", "20", "指标解释", "全年培训人次"), first.extra());
        Indicator second = indicators.get(1);
        assertFalse(second.core());
        assertEquals(Map.of("value", "明显提升"), raws(second));
        assertEquals("定性", second.extra().get("指标性质"));
        assertNull(second.targets().get("value").op());
    }

    @Test
    void twoLevelTableInfersLevel1WithAWarningAndHeaderIsNeverAnIndicator() {
        line("项目绩效目标表");
        row("项目名称", "示例项目");
        row("绩效指标", "二级指标", "指标名称", "目标值", "备注");
        row("", "数量指标", "采购设备数量", "10台", "");
        row("", "二级指标", "指标名称", "目标值", "备注");
        row("", "服务对象满意度指标", "使用人员满意度", "≥95%", "问卷");
        Form form = read().forms().get(0);
        List<Indicator> indicators = form.projects().get(0).indicators();

        assertEquals(2, indicators.size());
        assertEquals("产出指标", indicators.get(0).level1());
        assertEquals("满意度指标", indicators.get(1).level1());
        assertEquals("问卷", indicators.get(1).extra().get("备注"));
        assertEquals(2, codes(form).stream().filter("level1_inferred"::equals).count());
    }

    /** A project form of which nothing was read (its tables stayed text lines of a PDF) gives no project record. */
    @Test
    void aProjectFormOfWhichNothingWasReadGivesNoProject() {
        line("项目支出绩效目标表");
        line("单位：万元");
        Form form = read().forms().get(0);

        assertTrue(form.projects().isEmpty());
    }

    @Test
    void sideBySidePeriodGroupsGiveAnIndicatorEachWithItsPeriod() {
        line("项目支出绩效目标表");
        row("项目名称", "示例项目");
        row("实施期绩效指标|4", "年度绩效指标|4");
        row("一级指标", "二级指标", "三级指标", "指标值", "一级指标", "二级指标", "三级指标", "指标值");
        row("产出指标", "数量指标", "修缮校舍", "12所", "产出指标", "数量指标", "修缮校舍", "4所");
        List<Indicator> indicators = read().forms().get(0).projects().get(0).indicators();

        assertEquals(2, indicators.size());
        assertEquals("implementation_period", indicators.get(0).period());
        assertEquals("12所", indicators.get(0).targets().get("value").raw());
        assertEquals("annual", indicators.get(1).period());
        assertEquals("4所", indicators.get(1).targets().get("value").raw());
    }

    @Test
    void fundingWithPeriodColumnsAndGoalsSideBySide() {
        line("项目支出绩效目标表");
        row("项目名称", "示例项目");
        row("项目资金（万元）", "", "实施期资金总额", "年度资金总额");
        row("", "资金总额", "900.00", "300.00");
        row("", "其中：财政拨款", "800.00", "250.00");
        row("实施期目标（2024年—2026年）", "年度目标");
        row("三年建成示范点6个。", "年内建成示范点2个。");
        Form form = read().forms().get(0);
        Project project = form.projects().get(0);

        assertEquals(4, project.funding().size());
        BudgetLine annual = project.funding().get(1);
        assertEquals("资金总额", annual.item());
        assertEquals("annual", annual.period());
        assertEquals(0, new BigDecimal("300").compareTo(annual.amount()));
        assertEquals("万元", form.unit());
        assertEquals(List.of("implementation_period", "annual"), project.goals().stream().map(Goal::kind).toList());
        assertEquals("2024年—2026年", project.goals().get(0).period());
        assertEquals("年内建成示范点2个。", project.goals().get(1).text());
    }

    @Test
    void transferPaymentFormKeepsItsRecordsOnTheForm() {
        line("中央对地方转移支付区域绩效目标表");
        row("转移支付名称", "农村综合改革转移支付|3");
        row("中央主管部门", "财政部", "省级财政部门", "示例省财政厅");
        row("资金情况（万元）", "中央补助", "地方资金", "资金总额");
        row("", "1,000.00", "200.00", "1,200.00");
        row("年度总体目标", "支持村级公益事业建设。|3");
        row("一级指标", "二级指标", "三级指标", "指标值");
        row("产出指标", "数量指标", "支持村数", "≥50个");
        Form form = read().forms().get(0);

        assertEquals("transfer_payment_targets", form.type());
        assertEquals("农村综合改革转移支付", form.fields().get("转移支付名称"));
        assertEquals("财政部", form.department());
        assertEquals(List.of("中央补助", "地方资金", "资金总额"), form.budget().stream().map(BudgetLine::item).toList());
        assertEquals("annual", form.goals().get(0).kind());
        assertEquals(1, form.indicators().size());
        assertEquals(List.of(), form.projects());
    }

    @Test
    void departmentGoalSectionWithSideBySideColumnsGivesGoalsOfEachColumnsKind() {
        line("部门整体支出绩效目标表");
        row("部门（单位）名称", "示例区教育局");
        row("整体绩效总目标", "长期目标", "", "年度绩效目标", "");
        row("", "目标1：办好人民满意的教育。目标2：改善办学", "", "完成校舍维修12所。", "");
        page = 2;
        row("", "条件。", "", "目标2：培训教师500人次。", "");
        row("绩效指标", "一级指标", "二级指标", "三级指标", "指标值");
        row("", "产出指标", "数量指标", "维修学校数", "12所");
        Form form = read().forms().get(0);

        assertEquals(List.of("long_term", "long_term", "annual", "annual"), form.goals().stream().map(Goal::kind).toList());
        assertEquals("目标2：改善办学条件。", form.goals().get(1).text());
        assertEquals(List.of(1, 2, 1, 2), form.goals().stream().map(Goal::seq).toList());
        assertEquals(2, form.goals().get(3).page());
        assertFalse(form.fields().containsKey("整体绩效总目标（长期目标）"));
        assertEquals(List.of("wrapped_row_joined", "wrapped_row_joined"), codes(form));
        assertEquals(1, form.indicators().size());
    }

    @Test
    void departmentGoalSectionSummingUpGoalsPrintedOneByOneIsKeptAsAField() {
        line("部门整体支出绩效目标表");
        row("整体绩效总目标", "长期目标", "年度目标");
        row("", "目标1：改善办学条件。", "目标1：完成校舍维修12所。");
        row("长期目标 1:", "改善办学条件。");
        row("目标名称", "一级指标", "二级指标", "三级指标", "指标值");
        row("长期绩效指标", "产出指标", "数量指标", "维修学校数", "12所");
        Form form = read().forms().get(0);

        // the long-term column sums up 长期目标 1 and is kept as a field; the annual goal is printed nowhere else
        assertEquals(List.of("annual", "long_term"), form.goals().stream().map(Goal::kind).toList());
        assertEquals("目标1：完成校舍维修12所。", form.goals().get(0).text());
        assertEquals("改善办学条件。", form.goals().get(1).text());
        assertEquals("目标1：改善办学条件。", form.fields().get("整体绩效总目标（长期目标）"));
        assertNull(form.fields().get("整体绩效总目标（年度目标）"));
    }
}
