package org.perftable.filing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeysTest {

    @ParameterizedTest
    @CsvSource({
            // printed in the samples: seeds/001.txt and constructed/national-project.txt
            "服务对象满意率, 服务对象满意度",
            "服务对象满意度, 服务对象满意度",
            "服务对象满意度指标, 服务对象满意度",
            "参会对象满意率, 参会对象满意度",
            "群众满意程度, 群众满意度",
            "★ 培训人次（人次）, 培训人次",
            "１．ＡＢ类项目完成率, AB类项目完成率",
            "1.5米宽道路长度, 1.5米宽道路长度",
            "指标, 指标"})
    void indicatorKey(String printed, String key) {
        assertEquals(key, Keys.indicator(printed));
    }

    @Test
    void differentMeasuresKeepDifferentKeys() {
        assertNotEquals(Keys.indicator("产品合格率"), Keys.indicator("产品满意率"));
        assertNotEquals(Keys.indicator("及时率"), Keys.indicator("满意率"));
    }

    @ParameterizedTest
    @CsvSource({
            "广州开发区穗港科技合作园管理委员会（部门）, 广州开发区穗港科技合作园管理委员会",
            "广州国际生物岛（中以合作区）管理委员会（部门）, 广州国际生物岛(中以合作区)管理委员会",
            "[118]某某局, 某某局",
            "118-某某局（单位）, 某某局",
            "某某 局, 某某局"})
    void departmentKey(String printed, String key) {
        assertEquals(key, Keys.department(printed));
    }

    @Test
    void codeWithoutWrappingSpaces() {
        assertEquals("420108220020030000101", Keys.code("420108220020030000 101"));
        assertNull(Keys.code(" "));
        assertNull(Keys.department(null));
    }

    @ParameterizedTest
    @CsvSource({
            "产出指标（50分）, OUTPUT", "产出, OUTPUT", "效益指标, EFFECT", "满意度指标, SATISFACTION",
            "一、成本指标, COST"})
    void level1(String printed, Level1Category category) {
        assertEquals(category, Level1Category.of(printed));
    }

    @ParameterizedTest
    @CsvSource({
            "社会效益, SOCIAL", "社会效益指标, SOCIAL", "服务对象满意度指标, SERVICE_SATISFACTION",
            "可持续影响, SUSTAINABILITY", "成本指标, COST", "经济成本指标, ECONOMIC_COST", "时效指标, TIMELINESS"})
    void level2(String printed, Level2Category category) {
        assertEquals(category, Level2Category.of(printed));
    }

    @Test
    void unknownCategoriesHaveNoCode() {
        assertNull(Level1Category.of("绩效指标"));
        assertNull(Level2Category.of("其他"));
    }
}
