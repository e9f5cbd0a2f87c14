package org.perftable.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.perftable.filing.GoalRef;
import org.perftable.filing.Indicator;
import org.perftable.filing.Warning;

class IndicatorTableTest {

    private final Warnings warnings = new Warnings();

    /** A row from "column:text" pairs, so tests can shift cells as exports do. */
    private static RowText row(int page, String... cells) {
        List<CellText> list = new ArrayList<>();
        for (String cell : cells) {
            int colon = cell.indexOf(':');
            list.add(CellText.of(Integer.parseInt(cell.substring(0, colon)), cell.substring(colon + 1)));
        }
        return new RowText(list, page);
    }

    private List<String> codes() {
        return warnings.list().stream().map(Warning::code).toList();
    }

    private IndicatorTable periodAndAnnual() {
        IndicatorTable table = new IndicatorTable(warnings, true);
        table.header(row(1, "1:一级指标", "2:二级指标", "3:三级指标", "4:实施周期指标值", "5:年度指标值"));
        return table;
    }

    @Test
    void categoriesFillDownOverBlankCellsAndPageBreaks() {
        IndicatorTable table = periodAndAnnual();
        table.row(row(1, "1:产出指标", "2:数量指标", "3:公众号粉丝数量", "4:≥15.8万人", "5:≥15.8万人"), null);
        table.row(row(2, "3:文章浏览次数", "4:≥54万次", "5:≥54万次"), null);
        table.row(row(2, "2:质量指标", "3:物资验收合格率", "4:100%", "5:100%"), null);
        List<Indicator> indicators = table.indicators();

        assertEquals(3, indicators.size());
        assertEquals(List.of("产出指标", "数量指标", "文章浏览次数"),
                List.of(indicators.get(1).level1(), indicators.get(1).level2(), indicators.get(1).level3()));
        assertEquals(2, indicators.get(1).page());
        assertEquals("质量指标", indicators.get(2).level2());
        assertEquals("产出指标", indicators.get(2).level1());
        assertEquals(List.of(), codes());
    }

    @Test
    void missingLevel1IsInferredFromTheTaxonomyWithAWarning() {
        IndicatorTable table = periodAndAnnual();
        table.row(row(1, "1:数量指标", "3:招商活动场数", "4:3场", "5:3场"), null);
        Indicator indicator = table.indicators().get(0);

        assertEquals("产出指标", indicator.level1());
        assertEquals("数量指标", indicator.level2());
        assertEquals(List.of("level1_inferred"), codes());
    }

    @Test
    void aCategoryRowWithoutIndicatorsIsNoIndicatorButIsReported() {
        IndicatorTable table = periodAndAnnual();
        table.row(row(1, "0:生态效益指标"), null);
        table.row(row(1, "0:满意度指标", "1:服务对象满意度指标", "2:拆迁户满意度", "3:≥90%", "4:≥90%"), null);
        List<Indicator> indicators = table.indicators();

        assertEquals(1, indicators.size());
        assertEquals("满意度指标", indicators.get(0).level1());
        assertEquals(List.of("level1_inferred", "category_without_indicators", "row_realigned"), codes());
    }

    @Test
    void aRowContinuingWrappedCellsAcrossAPageBreakIsJoinedToTheRowAbove() {
        IndicatorTable table = new IndicatorTable(warnings, false);
        table.header(row(1, "0:目标名称", "1:一级指标", "2:二级指标", "3:三级指标", "4:指标值", "5:指标值确定依据"));
        table.row(row(7, "1:产出指", "2:数量指标", "3:党员职工服", "4:≥90 天/年", "5:计划标准"), null);
        table.row(row(8, "1:标", "3:务中心冷暖 气正常运转 天数"), null);
        table.row(row(8, "3:职工文体活 动举办次数", "4:≥4次/年", "5:计划标准"), null);
        List<Indicator> indicators = table.indicators();

        assertEquals(2, indicators.size());
        Indicator joined = indicators.get(0);
        assertEquals("产出指标", joined.level1());
        assertEquals("党员职工服务中心冷暖气正常运转天数", joined.level3());
        assertEquals("≥90天/年", joined.targets().get("value").raw());
        assertEquals("计划标准", joined.basis());
        assertEquals(7, joined.page());
        assertEquals("产出指标", indicators.get(1).level1());
        assertEquals("职工文体活动举办次数", indicators.get(1).level3());
        assertEquals(List.of("wrapped_row_joined"), codes());
    }

    @Test
    void aLoneFragmentOffTheNameColumnStillContinuesTheName() {
        IndicatorTable table = new IndicatorTable(warnings, false);
        table.row(row(1, "2:效益指标", "3:社会效益指标", "4:部门工作正常开展", "7:≥95%", "8:计划标准"), null);
        table.row(row(2, "3:率"), null);

        assertEquals("部门工作正常开展率", table.indicators().get(0).level3());
    }

    @Test
    void aShiftedRowWithTooFewValuesIsReadByColumnRelativeToItsName() {
        IndicatorTable table = periodAndAnnual();
        table.row(row(1, "1:产出指标", "2:数量指标", "3:开展区域宣传推广次数", "4:1次", "5:1次"), null);
        table.row(row(1, "3:质量指标", "4:协调问题反馈率", "5:≥90%"), null);
        Indicator shifted = table.indicators().get(1);

        assertEquals("质量指标", shifted.level2());
        assertEquals("≥90%", shifted.targets().get("period").raw());
        assertNull(shifted.targets().get("annual"));
        assertEquals(List.of("row_realigned"), codes());
    }

    @Test
    void annualTargetsFallToTheExpectedColumnWhenThePriorYearsAreEmpty() {
        IndicatorTable table = new IndicatorTable(warnings, false);
        table.header(row(1, "0:目标名称", "1:一级指标", "2:二级指标", "3:三级指标", "4:指标值", "7:指标值确定依据"));
        table.header(row(1, "4:前年", "5:上年", "6:预计当年实现"));
        table.row(row(1, "0:产出指标", "1:数量指标", "3:办公场所正常运转天数", "6:2023 年工作日", "7:计划标准"), null);
        table.row(row(1, "0:第三方服务完成合格率", "5:≥95%", "6:计划标准"), null);
        List<Indicator> indicators = table.indicators();

        Indicator aligned = indicators.get(0);
        assertNull(aligned.targets().get("prior2"));
        assertNull(aligned.targets().get("prior1"));
        assertEquals("2023年工作日", aligned.targets().get("expected").raw());
        assertNull(aligned.targets().get("expected").number());
        Indicator shifted = indicators.get(1);
        assertEquals("≥95%", shifted.targets().get("expected").raw());
        assertEquals("计划标准", shifted.basis());
    }

    @Test
    void costIsALevel2UnderOutputAndALevel1WithItsOwnCategories() {
        IndicatorTable table = periodAndAnnual();
        table.row(row(1, "1:产出指标", "2:质量指标", "3:档案整理完成率", "4:100%", "5:100%"), null);
        table.row(row(1, "2:成本指标", "3:成本控制率", "4:≥0%", "5:≥0%"), null);
        table.row(row(1, "1:成本指标", "2:经济成本指标", "3:成本节约率", "4:≤10%", "5:≤10%"), null);
        List<Indicator> indicators = table.indicators();

        assertEquals(List.of("产出指标", "成本指标"), List.of(indicators.get(1).level1(), indicators.get(1).level2()));
        assertEquals(List.of("成本指标", "经济成本指标"), List.of(indicators.get(2).level1(), indicators.get(2).level2()));
    }

    @Test
    void indicatorsCarryTheGoalTheyServe() {
        IndicatorTable table = new IndicatorTable(warnings, false);
        GoalRef goal = new GoalRef("long_term", 2);
        table.row(row(1, "1:产出指标", "2:数量指标", "3:开展安全生产宣讲活动次数", "4:≥4 次", "5:计划标准"), goal);

        Indicator indicator = table.indicators().get(0);
        assertEquals(goal, indicator.goal());
        assertEquals(">=", indicator.targets().get("value").op());
        assertEquals(new java.math.BigDecimal("4"), indicator.targets().get("value").number());
        assertEquals("次", indicator.targets().get("value").unit());
    }

    @Test
    void aMissingLevel2IsGuessedFromTheNameWithAWarning() {
        IndicatorTable table = periodAndAnnual();
        table.row(row(1, "1:产出指标", "3:支付及时率", "4:100%", "5:100%"), null);

        assertEquals("时效指标", table.indicators().get(0).level2());
        assertEquals(List.of("level2_inferred"), codes());
    }
}
