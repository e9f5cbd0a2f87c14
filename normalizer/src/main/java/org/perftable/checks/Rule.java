package org.perftable.checks;

import java.util.Arrays;

/**
 * Every audit rule the checks run, with what it checks and on which forms: the rule table of the
 * README is this list, and a test holds the two to each other.
 */
public enum Rule {
    SUM_TOTAL("sum.total", "A 合计, 总计 or 小计 line (or one ending in 合计/总计) equals the sum of the other lines of its group and period, in the amount and in every numeric column (前年, 上年 …); 其中 lines are left out of the sum. The 合计 row of a project table equals the sum of its project rows, column by column",
            "budget lines of every form, funding lines of every project, project tables"),
    SUM_SUB_LINE("sum.sub_line", "The 其中 lines under a line add up to no more than that line",
            "budget lines of every form, funding lines of every project"),
    SUM_FUNDING_TOTAL("sum.funding_total", "年度资金总额 = 财政拨款 + 其他资金, and 实施期资金总额 the same for the implementation period",
            "project and transfer-payment forms (funding lines)"),
    SUM_INCOME_EXPENDITURE("sum.income_expenditure", "The income total (收入来源, 收入构成) equals the expenditure total (部门预算支出 with 事业发展性支出, 支出构成), and the split by budget level (按预算级次划分) equals the income total",
            "department forms"),
    SUM_SHARE("sum.share", "A line's printed 占比 equals its amount divided by its group's total",
            "department forms and project funding tables that print 占比"),
    SUM_DETAILS("sum.details", "The 金额 of a project's 项目支出明细测算 lines add up to its 当年预算 (项目当年预算, 年度资金总额)",
            "project forms with a 项目支出明细测算"),
    SUM_TASKS("sum.tasks", "The 年度主要任务 amounts add up to their printed 金额合计 and to no more than the form's 项目支出 (with 事业发展性支出)",
            "department forms with 年度主要任务"),
    FORMS_PROJECT_LIST("forms.project_list", "Every project of a department form's project list has a project form later in the file with the same name and amounts (项目总预算, 当年预算), and every such project form is on the list",
            "department forms with a project list, and the project forms of the same file"),
    COMPLETENESS_LEVEL1("completeness.level1", "The indicators include every 一级 category the rules require (national default: 产出, 效益, 满意度)",
            "project forms, department forms with indicators"),
    COMPLETENESS_COST("completeness.cost", "A 成本指标 is present, as an 一级 category or as a 二级 under 产出, when the rules require one",
            "project forms, department forms with indicators"),
    COMPLETENESS_QUANTITATIVE("completeness.quantitative", "Every 二级 category has at least one indicator with a numeric target, when the rules require it",
            "project forms, department forms with indicators"),
    COMPLETENESS_TARGET("completeness.target", "Every indicator prints a target (its year's target or its implementation-period target)",
            "every form with indicators"),
    COMPLETENESS_DUPLICATE("completeness.duplicate", "No indicator row is printed twice (same goal, 一级, 二级, 三级 and targets)",
            "every form with indicators"),
    PLAUSIBILITY_PERCENTAGE("plausibility.percentage", "No percentage target asks for more than 100% with ≥ or >",
            "every form with indicators"),
    PLAUSIBILITY_ANNUAL_PERIOD("plausibility.annual_period", "A percentage's annual target is not looser than its implementation-period target (a lower ≥ bound, a higher ≤ bound); counts are left alone, since they add up over the period",
            "forms printing annual and implementation-period targets"),
    PLAUSIBILITY_SATISFACTION("plausibility.satisfaction", "A 满意度 target is not below the rules' minimum (national default: 80%)",
            "every form with indicators"),
    PLAUSIBILITY_COST_NUMBER("plausibility.cost_number", "A cost indicator (成本指标), an upper bound by nature, prints a number to hold the cost to",
            "every form with indicators");

    private final String id;
    private final String checks;
    private final String forms;

    Rule(String id, String checks, String forms) {
        this.id = id;
        this.checks = checks;
        this.forms = forms;
    }

    public String id() {
        return id;
    }

    /** What the rule checks, as the README's rule table says it. */
    public String checks() {
        return checks;
    }

    /** The forms the rule applies to, as the README's rule table says it. */
    public String forms() {
        return forms;
    }

    /** The rule with this id, or null. */
    public static Rule byId(String id) {
        return Arrays.stream(values()).filter(rule -> rule.id.equals(id)).findFirst().orElse(null);
    }
}
