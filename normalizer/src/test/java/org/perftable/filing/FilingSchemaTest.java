package org.perftable.filing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FilingSchemaTest {

    private static Filing filing() {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("占比", new BigDecimal("62.5"));
        columns.put("备注", "财政拨款");
        columns.put("上年", null);
        BudgetLine line = new BudgetLine("收入来源", "一般公共预算", new BigDecimal("1250.00"), "1,250.00", columns, 1);

        Goal goal = new Goal("annual", 1, "完成年度培训任务", 1);
        Task task = new Task("职业培训", "开展职业技能培训", new BigDecimal("80"), "80", "培训人次达标", 1);

        Map<String, Value> targets = new LinkedHashMap<>();
        targets.put("period", new Value("≥3000人次", ">=", new BigDecimal("3000"), "人次"));
        targets.put("annual", null);
        Indicator indicator = Indicator.plain(goal.ref(), "产出指标", "数量指标", "培训人次", targets, null, 2);

        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("支出内容", "教材");
        detail.put("金额", new BigDecimal("12.5"));
        Map<String, Object> purchase = new LinkedHashMap<>();
        purchase.put("品目", "教学设备");
        purchase.put("数量", 4);
        purchase.put("备注", null);
        Map<String, String> projectFields = new LinkedHashMap<>();
        projectFields.put("项目负责人", "张三");
        projectFields.put("联系电话", null);
        Project project = new Project("职业技能提升", "其他项目", projectFields,
                Map.of("项目属性", List.of(new Choice("新增项目", false), new Choice("延续项目", true))),
                List.of(line), List.of(detail), List.of(purchase), List.of(goal), List.of(indicator), 2);

        Warning warning = new Warning("level1_inferred", "一级指标 inferred for 培训人次", 2);
        Form form = new Form("department_budget_targets", "2024年部门整体支出绩效目标表", List.of(1, 2),
                "某某局", null, Map.of("年度", "2024"), List.of(line), List.of(goal), List.of(task),
                List.of(project), List.of(indicator), List.of(warning));
        return new Filing(Filing.SCHEMA, new Source("targets.txt", "0".repeat(64), "txt", 2),
                List.of(form), List.of(new Warning("no_totals", "总计 missing", null)));
    }

    private static ObjectNode tree() throws Exception {
        return (ObjectNode) FilingJson.mapper().readTree(FilingJson.toJson(filing()));
    }

    private static void assertViolation(JsonNode tree, String expected) throws Exception {
        List<String> violations = FilingSchema.violations(FilingJson.mapper().writeValueAsString(tree));
        assertTrue(violations.stream().anyMatch(v -> v.contains(expected)), () -> expected + " not in " + violations);
    }

    @Test
    void handBuiltFilingIsValid() {
        assertEquals(List.of(), FilingSchema.violations(FilingJson.toJson(filing())));
    }

    @Test
    void printedOperatorIsRejected() throws Exception {
        ObjectNode tree = tree();
        ((ObjectNode) tree.at("/forms/0/indicators/0/targets/period")).put("op", "≥");
        assertViolation(tree, "$.forms[0].indicators[0].targets.period.op: does not have a value in the enumeration");
    }

    @Test
    void unknownTopLevelKeyIsRejected() throws Exception {
        ObjectNode tree = tree();
        tree.put("extra", 1);
        assertViolation(tree, "$: property 'extra' is not defined");
    }

    @Test
    void mixedTargetKeysAreRejected() throws Exception {
        ObjectNode tree = tree();
        ObjectNode targets = (ObjectNode) tree.at("/forms/0/indicators/0/targets");
        targets.remove("annual");
        targets.putNull("value");
        assertViolation(tree, "$.forms[0].indicators[0].targets: must be valid to one and only one schema, but 0");
    }

    @Test
    void missingSchemaIsRejected() throws Exception {
        ObjectNode tree = tree();
        tree.remove("schema");
        assertViolation(tree, "$: required property 'schema' not found");
    }
}
