package org.perftable.filing;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.Map;

/**
 * One 三级 indicator with its hierarchy and targets.
 *
 * @param goal        the goal the indicator serves, null when the form ties indicators to no goal
 * @param level1      一级 as printed, without a score printed with it
 * @param level1Score the score printed with the 一级 name ({@code 产出指标（50分）} → 50), or null
 * @param core        whether the row is marked ★ as a core indicator (the mark is not in the name)
 * @param period      {@code implementation_period} or {@code annual} when one table holds the column
 *                    groups of both periods side by side; null otherwise
 * @param targets     target values by column: {@code period}/{@code annual}, {@code value}, or
 *                    {@code prior2}/{@code prior1}/{@code expected}; a column left empty is null
 * @param weight      the number of a 权重 or 分值 column, or null
 * @param extra       the row's other columns by printed header (指标解释, 计算方法, 备注 …)
 * @param basis       指标值确定依据, null when the form has no such column or leaves it empty
 */
@JsonPropertyOrder({"goal", "level1", "level1_code", "level1_score", "level2", "level2_code", "level3", "key", "core",
        "period", "targets", "target", "period_target", "weight", "extra", "basis", "page"})
public record Indicator(GoalRef goal, String level1, @JsonProperty("level1_score") BigDecimal level1Score,
        String level2, String level3, boolean core, String period, Map<String, Value> targets, BigDecimal weight,
        Map<String, String> extra, String basis, int page) {

    /** An indicator with the hierarchy and targets of the classic forms and no further columns. */
    public static Indicator plain(GoalRef goal, String level1, String level2, String level3,
            Map<String, Value> targets, String basis, int page) {
        return new Indicator(goal, level1, null, level2, level3, false, null, targets, null, Map.of(), basis, page);
    }

    /** The standard 一级 category the printed name stands for, null when it stands for none. */
    @JsonProperty("level1_code")
    public Level1Category level1Code() {
        return Level1Category.of(level1);
    }

    /** The standard 二级 category the printed name stands for, null when it stands for none. */
    @JsonProperty("level2_code")
    public Level2Category level2Code() {
        return Level2Category.of(level2);
    }

    /** The key grouping this indicator with the same one printed differently elsewhere; see {@link Keys#indicator}. */
    @JsonProperty("key")
    public String key() {
        return Keys.indicator(level3);
    }

    /** The target that applies to the year, read for comparison; see {@link ComparableTarget#ofYear}. */
    @JsonProperty("target")
    public ComparableTarget target() {
        return ComparableTarget.ofYear(targets);
    }

    /** The implementation-period target read for comparison, null when none is printed. */
    @JsonProperty("period_target")
    public ComparableTarget periodTarget() {
        return ComparableTarget.ofPeriod(targets);
    }
}
