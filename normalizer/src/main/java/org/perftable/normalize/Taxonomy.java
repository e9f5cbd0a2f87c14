package org.perftable.normalize;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The standard indicator taxonomy: 一级 categories and their 二级 categories. Printed names vary
 * ({@code 社会效益} / {@code 社会效益指标}); matching goes by the name without its 指标 suffix.
 */
final class Taxonomy {

    static final String OUTPUT = "产出指标";
    static final String COST = "成本指标";

    private static final Map<String, List<String>> LEVEL2_BY_LEVEL1 = new LinkedHashMap<>();

    static {
        LEVEL2_BY_LEVEL1.put(OUTPUT, List.of("数量指标", "质量指标", "时效指标", COST));
        LEVEL2_BY_LEVEL1.put("效益指标", List.of("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"));
        LEVEL2_BY_LEVEL1.put("满意度指标", List.of("服务对象满意度指标"));
        LEVEL2_BY_LEVEL1.put(COST, List.of("经济成本指标", "社会成本指标", "生态环境成本指标"));
    }

    private static final List<String> ALL_NAMES = LEVEL2_BY_LEVEL1.entrySet().stream()
            .flatMap(e -> Stream.concat(Stream.of(e.getKey()), e.getValue().stream()))
            .distinct()
            .toList();

    private Taxonomy() {
    }

    /** The canonical 一级 name a printed key stands for, or null. {@code 成本指标} counts as both levels. */
    static String level1(String key) {
        String full = full(key);
        return LEVEL2_BY_LEVEL1.containsKey(full) ? full : null;
    }

    /** The canonical 二级 name a printed key stands for, or null. */
    static String level2(String key) {
        String full = full(key);
        return LEVEL2_BY_LEVEL1.values().stream().anyMatch(l2 -> l2.contains(full)) ? full : null;
    }

    /** The 一级 category a 二级 category belongs to ({@code 成本指标} as 二级 belongs to 产出指标). */
    static String parentOf(String level2) {
        String full = full(level2);
        for (Map.Entry<String, List<String>> e : LEVEL2_BY_LEVEL1.entrySet()) {
            if (e.getValue().contains(full)) {
                return e.getKey();
            }
        }
        return null;
    }

    /** Whether a printed 二级 name belongs under a printed 一级 name. */
    static boolean belongs(String level2, String level1) {
        String parent = parentOf(level2);
        return parent != null && parent.equals(level1(level1 == null ? "" : level1));
    }

    /** Whether a key is a cut-off start of a category name, as left by a cell wrapped across rows. */
    static boolean isFragment(String key) {
        if (key.length() < 2 || level1(key) != null || level2(key) != null) {
            return false;
        }
        return ALL_NAMES.stream().anyMatch(name -> name.startsWith(key));
    }

    /** Whether a key names a category of either level or is the cut-off start of one. */
    static boolean isCategory(String key) {
        return level1(key) != null || level2(key) != null || isFragment(key);
    }

    /** Whether a cut-off category name is the start of a 一级 name. */
    static boolean isLevel1Fragment(String key) {
        return LEVEL2_BY_LEVEL1.keySet().stream().anyMatch(name -> name.startsWith(key));
    }

    /** Whether appending a fragment to a printed category name completes a category name. */
    static boolean completes(String printed, String fragmentKey) {
        return ALL_NAMES.contains(Labels.key(printed) + fragmentKey);
    }

    private static String full(String key) {
        return key.endsWith("指标") ? key : key + "指标";
    }
}
