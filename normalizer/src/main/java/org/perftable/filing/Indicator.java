package org.perftable.filing;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * One 三级 indicator with its hierarchy and targets.
 *
 * @param goal    the goal the indicator serves, null when the form ties indicators to no goal
 * @param targets target values by column: {@code period}/{@code annual}, {@code value}, or
 *                {@code prior2}/{@code prior1}/{@code expected}; a column left empty is null
 * @param basis   指标值确定依据, null when the form has no such column or leaves it empty
 */
@JsonPropertyOrder({"goal", "level1", "level2", "level3", "targets", "basis", "page"})
public record Indicator(GoalRef goal, String level1, String level2, String level3, Map<String, Value> targets,
        String basis, int page) {
}
