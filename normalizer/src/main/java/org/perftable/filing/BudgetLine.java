package org.perftable.filing;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.Map;

/**
 * One amount of a budget or funding table.
 *
 * @param group   the heading the line sits under (收入来源, 收入构成, 项目资金来源…)
 * @param item    the line's label
 * @param period  {@code implementation_period} or {@code annual} when a block prints the amounts of both
 *                periods side by side, else null
 * @param amount  exact amount in the form's unit, null when the cell is empty or not a number
 * @param raw     the amount as printed, null when the cell is empty
 * @param columns further columns of the line by header (占比, 前年, 上年): amounts as numbers, other text as printed
 * @param page    page the line is printed on
 */
@JsonPropertyOrder({"group", "item", "period", "amount", "raw", "columns", "page"})
public record BudgetLine(String group, String item, String period, BigDecimal amount, String raw,
        Map<String, Object> columns, int page) {

    /** A line of a block that prints one period. */
    public BudgetLine(String group, String item, BigDecimal amount, String raw, Map<String, Object> columns, int page) {
        this(group, item, null, amount, raw, columns, page);
    }
}
