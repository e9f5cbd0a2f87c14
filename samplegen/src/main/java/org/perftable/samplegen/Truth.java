package org.perftable.samplegen;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What a generated filing says, form by form, written beside it as {@code <name>.truth.json}: the
 * facts a reading of the filing must give. Amounts and numbers are exact
 * decimals, written as plain JSON numbers.
 *
 * @param family   the first form's family: project, department_budget, department_expenditure, transfer
 * @param features the variations drawn for this filing (those of all its forms), for counting results by feature
 */
public record Truth(String name, String family, List<String> features, List<Form> forms) {

    /**
     * One form. {@code department} is the department name without its code, or null when the form
     * prints none; {@code fields} holds printed label → printed value for head fields other than the
     * project name and the department's name; {@code warnings} lists warning codes the form must carry;
     * {@code features} the variations drawn for this form.
     */
    public record Form(String type, List<String> features, String department, String unit, String projectName,
            Map<String, String> fields, List<Line> funding, List<Goal> goals, List<Task> tasks,
            List<ListedProject> projects, List<Indicator> indicators, List<String> warnings) {
    }

    /**
     * A funding or budget line: its printed item label, the period column it sits in (实施期, 年度)
     * when a block prints both side by side, else null, and the printed amount.
     */
    public record Line(String group, String item, String period, String raw, BigDecimal amount) {
    }

    /** A goal: kind (overall, long_term, annual, implementation_period), printed period or null, text without its 目标N： prefix. */
    public record Goal(String kind, String period, String text) {
    }

    /** A task of a department form; {@code split} holds the printed 财政拨款 / 其他资金 columns when printed. */
    public record Task(String name, String content, String raw, BigDecimal amount, Map<String, String> split) {
    }

    /** An entry of a department form's 项目支出情况 list. */
    public record ListedProject(String name, String category, Map<String, String> fields, List<Line> funding) {
    }

    /**
     * An indicator as the reading must give it: 一级 without its score, the score, 二级, 三级 without ★,
     * whether ★ was printed, the period group (implementation_period, annual) when the table prints
     * both side by side, targets by key, the weight from 权重 or 分值, and every other column by its
     * printed header.
     */
    public record Indicator(String level1, BigDecimal level1Score, String level2, String level3, boolean core,
            String period, Map<String, Target> targets, BigDecimal weight, Map<String, String> extra, String basis) {
    }

    /** A target: printed text, and its operator, number and unit (null when not printed or qualitative). */
    public record Target(String raw, String op, BigDecimal number, String unit) {
    }
}
