package org.perftable.filing;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/** The 一级 categories of the standard indicator taxonomy, by code. */
public enum Level1Category {
    OUTPUT("output", "产出"),
    EFFECT("effect", "效益"),
    SATISFACTION("satisfaction", "满意度"),
    COST("cost", "成本");

    private final String code;
    private final List<String> names;

    Level1Category(String code, String... names) {
        this.code = code;
        this.names = List.of(names);
    }

    @JsonValue
    public String code() {
        return code;
    }

    /** The category a printed 一级 name stands for ({@code 产出指标（50分）} → output), or null. */
    public static Level1Category of(String printed) {
        if (printed == null) {
            return null;
        }
        String key = Keys.category(printed);
        for (Level1Category category : values()) {
            if (category.names.contains(key)) {
                return category;
            }
        }
        return null;
    }
}
