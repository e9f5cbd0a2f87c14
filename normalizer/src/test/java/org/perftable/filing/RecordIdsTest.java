package org.perftable.filing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordIdsTest {

    private static Indicator indicator(String name) {
        return Indicator.plain(null, "产出指标", "数量指标", name, Map.of("value", new Value("≥2次", ">=",
                new java.math.BigDecimal("2"), "次")), null, 1);
    }

    @Test
    void everyRecordIsWrittenWithItsPositionAsIdFirstAndWarningsWithTheirRecord() throws Exception {
        // two equal indicators: ids go by identity, not by value
        Indicator first = indicator("培训次数");
        Indicator second = indicator("培训次数");
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("支出内容", "教材");
        Project project = new Project("项目", null, Map.of(), Map.of(), List.of(), List.of(detail), List.of(),
                List.of(), List.of(second), 1);
        List<Warning> warnings = new ArrayList<>();
        warnings.add(new Warning("level1_inferred", "一级指标 inferred", 1, second));
        warnings.add(new Warning("outside_forms", "text before the form", 1));
        Form form = new Form("project_expenditure_targets", "项目支出绩效目标表", List.of(1), null, null, Map.of(),
                List.of(), List.of(), List.of(), List.of(project), List.of(first), warnings);
        Filing filing = new Filing(Filing.SCHEMA, new Source("a.txt", "0".repeat(64), "txt", 1), List.of(form),
                List.of());

        String json = FilingJson.toJson(filing);
        JsonNode tree = FilingJson.mapper().readTree(json);
        assertEquals("f0", tree.at("/forms/0/id").asText());
        assertEquals("f0/i0", tree.at("/forms/0/indicators/0/id").asText());
        assertEquals("f0/p0", tree.at("/forms/0/projects/0/id").asText());
        assertEquals("f0/p0/i0", tree.at("/forms/0/projects/0/indicators/0/id").asText());
        assertEquals("f0/p0/d0", tree.at("/forms/0/projects/0/details/0/id").asText());
        assertEquals("f0/p0/i0", tree.at("/forms/0/warnings/0/record").asText());
        assertTrue(tree.at("/forms/0/warnings/1/record").isNull());
        assertEquals("id", tree.at("/forms/0/projects/0/indicators/0").fieldNames().next());
        assertEquals("id", tree.at("/forms/0/projects/0/details/0").fieldNames().next());
        assertEquals(List.of(), FilingSchema.violations(json));
        assertEquals(json, FilingJson.toJson(filing), "same filing, same bytes");
    }
}
