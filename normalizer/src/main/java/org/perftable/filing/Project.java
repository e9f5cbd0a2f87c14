package org.perftable.filing;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * One project: a project form, a row of a project table, or a row of a department form's 项目支出情况.
 *
 * @param choices   checkbox groups (项目属性, 支出项目类别): each printed option and whether it is ticked
 * @param details   rows of 项目支出明细测算
 * @param purchases rows of 项目采购
 */
@JsonPropertyOrder({"name", "code", "category", "fields", "choices", "funding", "details", "purchases", "goals",
        "indicators", "page"})
public record Project(
        String name,
        String category,
        Map<String, String> fields,
        Map<String, List<Choice>> choices,
        List<BudgetLine> funding,
        List<Map<String, Object>> details,
        List<Map<String, Object>> purchases,
        List<Goal> goals,
        List<Indicator> indicators,
        int page) {

    /** Labels a project's code is printed under. */
    private static final List<String> CODE_LABELS = List.of("项目编码", "项目代码", "项目编号");

    /** The project's code without the spaces a wrapped cell left in it, null when none is printed. */
    @JsonProperty("code")
    public String code() {
        for (String label : CODE_LABELS) {
            String code = Keys.code(fields.get(label));
            if (code != null) {
                return code;
            }
        }
        return null;
    }
}
