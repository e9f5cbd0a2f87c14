package org.perftable.filing;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * The 二级 categories of the standard indicator taxonomy, by code. {@code 成本指标} printed as a 二级
 * name (under 产出指标) is {@code cost}; the 二级 names under the 一级 成本指标 have their own codes.
 */
public enum Level2Category {
    QUANTITY("quantity", "数量"),
    QUALITY("quality", "质量"),
    TIMELINESS("timeliness", "时效"),
    COST("cost", "成本"),
    ECONOMIC("economic", "经济效益"),
    SOCIAL("social", "社会效益"),
    ECOLOGICAL("ecological", "生态效益"),
    SUSTAINABILITY("sustainability", "可持续影响"),
    SERVICE_SATISFACTION("service_satisfaction", "服务对象满意度", "满意度", "社会公众或服务对象满意度"),
    ECONOMIC_COST("economic_cost", "经济成本"),
    SOCIAL_COST("social_cost", "社会成本"),
    ECOLOGICAL_COST("ecological_cost", "生态环境成本");

    private final String code;
    private final List<String> names;

    Level2Category(String code, String... names) {
        this.code = code;
        this.names = List.of(names);
    }

    @JsonValue
    public String code() {
        return code;
    }

    /** The category a printed 二级 name stands for ({@code 社会效益} → social), or null. */
    public static Level2Category of(String printed) {
        if (printed == null) {
            return null;
        }
        String key = Keys.category(printed);
        for (Level2Category category : values()) {
            if (category.names.contains(key)) {
                return category;
            }
        }
        return null;
    }
}
