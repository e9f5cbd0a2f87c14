package org.perftable.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.perftable.checks.Forms.checks;
import static org.perftable.checks.Forms.department;
import static org.perftable.checks.Forms.detail;
import static org.perftable.checks.Forms.form;
import static org.perftable.checks.Forms.indicator;
import static org.perftable.checks.Forms.indicators;
import static org.perftable.checks.Forms.line;
import static org.perftable.checks.Forms.project;
import static org.perftable.checks.Forms.projectForm;
import static org.perftable.checks.Forms.statuses;
import static org.perftable.checks.Forms.task;
import static org.perftable.filing.CheckStatus.FAIL;
import static org.perftable.filing.CheckStatus.NOT_APPLICABLE;
import static org.perftable.filing.CheckStatus.PASS;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.perftable.filing.BudgetLine;
import org.perftable.filing.Check;
import org.perftable.filing.Form;
import org.perftable.filing.Indicator;
import org.perftable.filing.Level1Category;
import org.perftable.filing.Project;

/** Each rule on a constructed case that passes and one that fails. */
class RulesTest {

    private static Map<String, Object> columns(Object... pairs) {
        Map<String, Object> columns = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            columns.put((String) pairs[i], pairs[i + 1]);
        }
        return columns;
    }

    @Test
    void sumTotalComparesEachColumnLeavesSubLinesOutAndHonoursPrintedRounding() {
        Form adds = department(List.of(
                line("收入构成", "财政拨款", "600", columns("前年", new BigDecimal("1400"))),
                line("收入构成", "其中：上年结转", "50"),
                line("收入构成", "单位资金", "75", columns("前年", new BigDecimal("21"))),
                line("收入构成", "合计", "675", columns("前年", new BigDecimal("1421")))));
        assertEquals(List.of(PASS, PASS), statuses(checks(Rule.SUM_TOTAL, adds)));
        List<Check> records = checks(Rule.SUM_TOTAL, adds);
        assertEquals(List.of("f0/b3", "f0/b0", "f0/b2"), records.get(0).records());

        Form rounded = department(List.of(line("收入构成", "财政拨款", "600.4"), line("收入构成", "单位资金", "74.3"),
                line("收入构成", "合计", "675")));
        Check withinRounding = checks(Rule.SUM_TOTAL, rounded).get(0);
        assertEquals(PASS, withinRounding.status());
        assertEquals("674.7", withinRounding.expected());
        assertEquals(true, withinRounding.message().contains("difference 0.3, within the printed rounding"));

        Form off = department(List.of(line("收入构成", "财政拨款", "600"), line("收入构成", "单位资金", "70"),
                line("收入构成", "合计", "675.0")));
        Check fails = checks(Rule.SUM_TOTAL, off).get(0);
        assertEquals(FAIL, fails.status());
        assertEquals("670", fails.expected());
        assertEquals("675.0", fails.actual());
    }

    @Test
    void theTotalRowOfAProjectTableIsTheSumOfItsProjectRows() {
        List<BudgetLine> total = List.of(line("合计", "总计", "154.90"), line("合计", "财政拨款", "154.90"));
        List<Project> rows = List.of(
                project("招商工作经费", List.of(line(null, "总计", "4.90"), line(null, "财政拨款", "4.90")), List.of(), List.of()),
                project("企业服务工作经费", List.of(line(null, "总计", "150.00"), line(null, "财政拨款", "150.00")), List.of(),
                        List.of()));
        Form adds = form(Forms.PROJECT, total, List.of(), rows, List.of());
        List<Check> found = checks(Rule.SUM_TOTAL, adds);
        assertEquals(List.of(PASS, PASS, PASS, PASS, PASS), statuses(found));
        assertEquals(List.of("f0/b0", "f0/p0/fu0", "f0/p1/fu0"), found.get(3).records());
        Form off = form(Forms.PROJECT, List.of(line("合计", "总计", "155.00")), List.of(), rows, List.of());
        assertEquals(List.of(PASS, PASS, FAIL), statuses(checks(Rule.SUM_TOTAL, off)));
    }

    @Test
    void subLinesAddUpToNoMoreThanTheirParent() {
        Project within = project("项目", List.of(line("项目资金来源", "一般公共预算财政拨款", "233"),
                line("项目资金来源", "其中：申请当年预算拨款", "233")), List.of(), List.of());
        assertEquals(List.of(PASS), statuses(checks(Rule.SUM_SUB_LINE, projectForm(within))));
        Project beyond = project("项目", List.of(line("项目资金来源", "一般公共预算财政拨款", "200"),
                line("项目资金来源", "其中：申请当年预算拨款", "233")), List.of(), List.of());
        assertEquals(List.of(FAIL), statuses(checks(Rule.SUM_SUB_LINE, projectForm(beyond))));
    }

    @Test
    void annualFundingTotalIsFiscalPlusOther() {
        Project adds = project("项目", List.of(line("项目资金", "年度资金总额", "1320.5"),
                line("项目资金", "其中：财政拨款", "1300"), line("项目资金", "其他资金", "20.5")), List.of(), List.of());
        assertEquals(List.of(PASS), statuses(checks(Rule.SUM_FUNDING_TOTAL, projectForm(adds))));
        Project off = project("项目", List.of(line("项目资金", "实施期资金总额", "3000"),
                line("项目资金", "财政拨款", "2900"), line("项目资金", "其他资金", "20")), List.of(), List.of());
        Check fails = checks(Rule.SUM_FUNDING_TOTAL, projectForm(off)).get(0);
        assertEquals(FAIL, fails.status());
        assertEquals("2920", fails.expected());
    }

    @Test
    void incomeEqualsExpenditureAndTheSplitByLevel() {
        Form balanced = department(List.of(line("部门预算支出", "基本支出", "3343.64"),
                line("收入来源", "财政拨款", "80939.63"), line("部门预算支出", "项目支出", "25673.26"),
                line("收入来源", "其他资金", "0.00"), line("事业发展性支出", "其他事业发展性支出", "51922.73"),
                line("按预算级次划分", "区本级使用资金", "80939.63")));
        assertEquals(List.of(PASS, PASS), statuses(checks(Rule.SUM_INCOME_EXPENDITURE, balanced)));
        Form short_ = department(List.of(line("收入构成", "财政拨款", "675"), line("收入构成", "合计", "675"),
                line("支出构成", "特定目标类项目支出", "600"), line("支出构成", "合计", "600")));
        assertEquals(List.of(FAIL), statuses(checks(Rule.SUM_INCOME_EXPENDITURE, short_)));
    }

    @Test
    void shareIsTheAmountOverTheGroupTotalToThePrintedDigits() {
        Form right = department(List.of(line("收入构成", "财政拨款", "200", columns("占比", "33.3%")),
                line("收入构成", "单位资金", "400", columns("占比", "66.7%")),
                line("收入构成", "合计", "600", columns("占比", "100%"))));
        assertEquals(List.of(PASS, PASS, PASS), statuses(checks(Rule.SUM_SHARE, right)));
        Form wrong = department(List.of(line("收入构成", "财政拨款", "200", columns("占比", "30%")),
                line("收入构成", "合计", "600", columns("占比", null))));
        Check fails = checks(Rule.SUM_SHARE, wrong).get(0);
        assertEquals(FAIL, fails.status());
        assertEquals("33.33%", fails.expected());
    }

    @Test
    void detailLinesAddUpToTheYearsBudget() {
        List<BudgetLine> funding = List.of(line(null, "项目总预算", "75.5"), line(null, "项目当年预算", "75.5"));
        Project adds = project("党建", funding, List.of(detail("房租", "25"), detail("活动", "50.5")), List.of());
        assertEquals(List.of(PASS), statuses(checks(Rule.SUM_DETAILS, projectForm(adds))));
        Project off = project("党建", funding, List.of(detail("房租", "25"), detail("活动", "50")), List.of());
        assertEquals(List.of(FAIL), statuses(checks(Rule.SUM_DETAILS, projectForm(off))));
    }

    @Test
    void tasksAddUpToTheirTotalAndStayWithinProjectSpending() {
        List<BudgetLine> budget = List.of(line("部门预算支出", "基本支出", "100"), line("部门预算支出", "项目支出", "50"),
                line("事业发展性支出", "其他事业发展性支出", "30"));
        Form within = form(Forms.DEPARTMENT, budget, List.of(task("甲", "40"), task("乙", "30"), task("金额合计", "70")),
                List.of(), List.of());
        assertEquals(List.of(PASS, PASS), statuses(checks(Rule.SUM_TASKS, within)));
        Form beyond = form(Forms.DEPARTMENT, budget, List.of(task("甲", "60"), task("乙", "30"), task("合计", "80")),
                List.of(), List.of());
        assertEquals(List.of(FAIL, FAIL), statuses(checks(Rule.SUM_TASKS, beyond)));
    }

    @Test
    void theProjectListMatchesTheProjectFormsByNameAndAmount() {
        Project listed = project("招商工作专项", List.of(line(null, "项目总预算", "155.5"), line(null, "项目本年度预算", "155.5")),
                List.of(), List.of());
        Form list = form(Forms.DEPARTMENT, List.of(), List.of(), List.of(listed), List.of());
        Project described = project("招商工作 专项", List.of(line(null, "项目总预算", "155.5"),
                line(null, "项目当年预算", "155.5")), List.of(), List.of());
        assertEquals(List.of(PASS, PASS, NOT_APPLICABLE),
                statuses(checks(Rule.FORMS_PROJECT_LIST, list, projectForm(described))));

        Project other = project("企业服务专项", List.of(line(null, "项目当年预算", "211")), List.of(), List.of());
        Project cheaper = project("招商工作专项", List.of(line(null, "项目总预算", "155.5"),
                line(null, "项目当年预算", "150")), List.of(), List.of());
        List<Check> found = checks(Rule.FORMS_PROJECT_LIST, list, projectForm(cheaper), projectForm(other));
        assertEquals(List.of(PASS, FAIL, FAIL), statuses(found.subList(0, 3)));
        assertEquals(List.of("f2/p0"), found.get(2).records());
    }

    private static final Indicator OUTPUT = indicator("产出指标", "数量指标", "培训人次", "≥100人次");
    private static final Indicator QUALITY = indicator("产出指标", "质量指标", "合格率", "≥95%");
    private static final Indicator COST = indicator("产出指标", "成本指标", "人均培训成本", "≤500元");
    private static final Indicator EFFECT = indicator("效益指标", "社会效益指标", "就业率", "≥80%");
    private static final Indicator SATISFACTION = indicator("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%");

    @Test
    void theRequiredLevel1CategoriesArePresent() {
        assertEquals(List.of(PASS), statuses(checks(Rule.COMPLETENESS_LEVEL1, indicators(OUTPUT, EFFECT, SATISFACTION))));
        Check fails = checks(Rule.COMPLETENESS_LEVEL1, indicators(OUTPUT, EFFECT)).get(0);
        assertEquals(FAIL, fails.status());
        assertEquals("output, effect", fails.actual());
        CheckRules outputOnly = new CheckRules(List.of(Level1Category.OUTPUT), true, true, BigDecimal.valueOf(80), Set.of());
        assertEquals(List.of(PASS), statuses(checks(Rule.COMPLETENESS_LEVEL1, outputOnly, indicators(OUTPUT))));
        Project empty = project("项目", List.of(), List.of(), List.of());
        assertEquals(List.of(FAIL), statuses(checks(Rule.COMPLETENESS_LEVEL1, projectForm(empty))));
    }

    @Test
    void aCostIndicatorIsPresentWhenTheRulesRequireOne() {
        assertEquals(List.of(PASS), statuses(checks(Rule.COMPLETENESS_COST, indicators(OUTPUT, COST))));
        assertEquals(List.of(FAIL), statuses(checks(Rule.COMPLETENESS_COST, indicators(OUTPUT))));
        CheckRules optional = new CheckRules(List.of(), false, true, BigDecimal.valueOf(80), Set.of());
        assertEquals(List.of(NOT_APPLICABLE), statuses(checks(Rule.COMPLETENESS_COST, optional, indicators(OUTPUT))));
    }

    @Test
    void everyLevel2HasANumericTarget() {
        Indicator qualitative = indicator("效益指标", "社会效益指标", "群众获得感", "得到提升");
        assertEquals(List.of(PASS), statuses(checks(Rule.COMPLETENESS_QUANTITATIVE, indicators(EFFECT, qualitative))));
        Check fails = checks(Rule.COMPLETENESS_QUANTITATIVE, indicators(OUTPUT, qualitative)).get(0);
        assertEquals(FAIL, fails.status());
        assertEquals(List.of("f0/i1"), fails.records());
    }

    @Test
    void everyIndicatorPrintsATarget() {
        assertEquals(List.of(PASS), statuses(checks(Rule.COMPLETENESS_TARGET, indicators(OUTPUT))));
        Indicator empty = indicator("产出指标", "数量指标", "培训班次", null);
        Check fails = checks(Rule.COMPLETENESS_TARGET, indicators(OUTPUT, empty)).get(0);
        assertEquals(FAIL, fails.status());
        assertEquals(List.of("f0/i1"), fails.records());
    }

    @Test
    void noIndicatorRowIsPrintedTwice() {
        Indicator again = indicator("产出指标", "数量指标", "培训人次", "≥100人次");
        Indicator otherTarget = indicator("产出指标", "数量指标", "培训人次", "≥120人次");
        assertEquals(List.of(PASS), statuses(checks(Rule.COMPLETENESS_DUPLICATE, indicators(OUTPUT, otherTarget))));
        Check fails = checks(Rule.COMPLETENESS_DUPLICATE, indicators(OUTPUT, again)).get(0);
        assertEquals(FAIL, fails.status());
        assertEquals(List.of("f0/i0", "f0/i1"), fails.records());
    }

    @Test
    void noPercentageAsksForMoreThanAHundredAsALowerBound() {
        Indicator hundred = indicator("产出指标", "质量指标", "验收合格率", "≥100%");
        assertEquals(List.of(PASS), statuses(checks(Rule.PLAUSIBILITY_PERCENTAGE, indicators(QUALITY, hundred))));
        Indicator beyond = indicator("产出指标", "质量指标", "验收合格率", "≥120%");
        assertEquals(List.of(FAIL), statuses(checks(Rule.PLAUSIBILITY_PERCENTAGE, indicators(QUALITY, beyond))));
        Indicator growth = indicator("效益指标", "经济效益指标", "产值增长", "工业110%以上，商贸服务业80%以上");
        assertEquals(List.of(FAIL), statuses(checks(Rule.PLAUSIBILITY_PERCENTAGE, indicators(growth))));
    }

    @Test
    void anAnnualPercentageIsNoLooserThanThePeriods() {
        Indicator same = indicator("产出指标", "质量指标", "合格率", "≥95%", "≥95%");
        Indicator counts = indicator("产出指标", "数量指标", "培训人次", "≥100人次", "≥300人次");
        assertEquals(List.of(PASS), statuses(checks(Rule.PLAUSIBILITY_ANNUAL_PERIOD, indicators(same, counts))));
        Indicator looser = indicator("产出指标", "质量指标", "合格率", "≥90%", "≥95%");
        Indicator looserCap = indicator("产出指标", "成本指标", "超支率", "≤8%", "≤5%");
        assertEquals(List.of(FAIL, FAIL), statuses(checks(Rule.PLAUSIBILITY_ANNUAL_PERIOD, indicators(looser, looserCap))));
    }

    @Test
    void satisfactionTargetsReachTheRulesMinimum() {
        assertEquals(List.of(PASS), statuses(checks(Rule.PLAUSIBILITY_SATISFACTION, indicators(SATISFACTION))));
        Indicator low = indicator("满意度指标", "服务对象满意度指标", "群众满意率", "≥75%");
        Check fails = checks(Rule.PLAUSIBILITY_SATISFACTION, indicators(low)).get(0);
        assertEquals(FAIL, fails.status());
        assertEquals(">= 80%", fails.expected());
        CheckRules lenient = new CheckRules(List.of(), true, true, BigDecimal.valueOf(70), Set.of());
        assertEquals(List.of(PASS), statuses(checks(Rule.PLAUSIBILITY_SATISFACTION, lenient, indicators(low))));
    }

    @Test
    void aCostIndicatorPrintsANumber() {
        assertEquals(List.of(PASS), statuses(checks(Rule.PLAUSIBILITY_COST_NUMBER, indicators(COST))));
        Indicator words = indicator("成本指标", "经济成本指标", "工程建设成本", "控制在概算以内");
        assertEquals(List.of(FAIL), statuses(checks(Rule.PLAUSIBILITY_COST_NUMBER, indicators(words))));
    }

    @Test
    void aSkippedRuleIsNotRun() {
        CheckRules skipping = new CheckRules(List.of(), true, true, BigDecimal.valueOf(80),
                Set.of(Rule.PLAUSIBILITY_COST_NUMBER));
        Indicator words = indicator("成本指标", "经济成本指标", "工程建设成本", "控制在概算以内");
        assertEquals(List.of(), checks(Rule.PLAUSIBILITY_COST_NUMBER, skipping, indicators(words)));
    }
}
