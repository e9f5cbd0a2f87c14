package org.perftable.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The check of an output against a generated filing's truth reports each wrong fact, and only those. */
class TruthCheckTest {

    private static final String TRUTH = """
            {"name": "g0001", "family": "project", "features": [], "forms": [{
              "type": "project_expenditure_targets", "department": "示例市民政局", "unit": "万元",
              "project_name": "社区居家养老服务运营补助",
              "fields": {"实施单位": "示例市养老服务指导中心"},
              "funding": [{"group": null, "item": "其中：财政拨款", "period": null, "raw": "1,300.00", "amount": 1300.00},
                          {"group": null, "item": "资金总额", "period": "实施期", "raw": "3900.00", "amount": 3900.00}],
              "goals": [{"kind": "annual", "period": null, "text": "提升服务水平。"},
                        {"kind": "annual", "period": null, "text": "规范资金拨付。"}],
              "tasks": [], "projects": [],
              "indicators": [{"level1": "产出指标", "level1_score": 50, "level2": "数量指标", "level3": "服务老人人次",
                              "core": true, "period": null,
                              "targets": {"value": {"raw": "≥12000人次", "op": ">=", "number": 12000, "unit": "人次"}},
                              "weight": 10, "extra": {"权重": "10"}, "basis": null}],
              "warnings": []}]}
            """;

    /** An output that states every fact of the truth, placed as the normalizer may place them. */
    private static final String OUTPUT = """
            {"forms": [{
              "type": "project_expenditure_targets", "department": "示例市民政局", "unit": "万元",
              "fields": {}, "budget": [], "goals": [], "tasks": [], "indicators": [], "warnings": [],
              "projects": [{"name": "社区居家养老服务运营补助", "fields": {"实施单位": "示例市养老服务指导中心"},
                "funding": [{"group": "项目资金", "item": "财政拨款", "amount": 1300.0, "raw": "1,300.00", "columns": {}},
                            {"group": "项目资金", "item": "资金总额", "amount": 1300, "raw": "1300", "columns": {"实施期": 3900}}],
                "goals": [{"kind": "annual", "seq": 1, "text": "目标1：提升服务水平。目标2：规范资金拨付。", "period": null}],
                "indicators": [{"level1": "产出指标", "level1_score": 50, "level2": "数量指标", "level3": "服务老人人次",
                                "core": true, "period": null,
                                "targets": {"value": {"raw": "≥12000人次", "op": ">=", "number": 12000, "unit": "人次"}},
                                "weight": 10.0, "extra": {"权重": "10"}, "basis": null}]}]}]}
            """;

    private final TruthCheck check = new TruthCheck(false);

    @Test
    void anOutputWithEveryFactPasses() throws Exception {
        assertEquals(List.of(), check.problems(json(TRUTH), json(OUTPUT)));
    }

    @Test
    void theOutcomeCountsFormsAndIndicatorsRight() throws Exception {
        assertEquals(new TruthCheck.Outcome(List.of(), 1, 1, 1, 1), check.check(json(TRUTH), json(OUTPUT)));
        JsonNode output = json(OUTPUT);
        ((ObjectNode) project(output).get("indicators").get(0)).put("core", false);
        TruthCheck.Outcome outcome = check.check(json(TRUTH), output);
        assertEquals(List.of(0, 0), List.of(outcome.formsRight(), outcome.indicatorsRight()));
    }

    @Test
    void aMissingFieldIsReported() throws Exception {
        JsonNode output = json(OUTPUT);
        ((ObjectNode) project(output).get("fields")).removeAll();
        assertEquals(List.of("field missing"), kinds(check.problems(json(TRUTH), output)));
    }

    @Test
    void anUnexpectedIndicatorIsReported() throws Exception {
        JsonNode output = json(OUTPUT);
        ArrayNode indicators = (ArrayNode) project(output).get("indicators");
        ObjectNode extra = indicators.get(0).deepCopy();
        extra.put("level3", "产出指标");
        indicators.add(extra);
        assertEquals(List.of("indicator unexpected"), kinds(check.problems(json(TRUTH), output)));
    }

    @Test
    void aMissingIndicatorIsReported() throws Exception {
        JsonNode output = json(OUTPUT);
        ((ArrayNode) project(output).get("indicators")).removeAll();
        assertEquals(List.of("indicator missing"), kinds(check.problems(json(TRUTH), output)));
    }

    @Test
    void eachWrongIndicatorFieldIsReported() throws Exception {
        JsonNode output = json(OUTPUT);
        ObjectNode indicator = (ObjectNode) project(output).get("indicators").get(0);
        indicator.put("core", false);
        indicator.putNull("level1_score");
        indicator.put("weight", 5);
        ((ObjectNode) indicator.get("targets").get("value")).put("op", "=");
        ((ObjectNode) indicator.get("extra")).put("备注", "无");
        assertEquals(List.of("indicator level1_score", "indicator core", "indicator targets", "indicator weight",
                "indicator extra"), kinds(check.problems(json(TRUTH), output)));
    }

    @Test
    void aWrongAmountOrPeriodIsReported() throws Exception {
        JsonNode output = json(OUTPUT);
        ArrayNode funding = (ArrayNode) project(output).get("funding");
        ((ObjectNode) funding.get(0)).put("amount", 1300.01);
        ((ObjectNode) funding.get(1).get("columns")).removeAll().put("年度", 3900);
        assertEquals(List.of("funding line", "funding line"), kinds(check.problems(json(TRUTH), output)));
    }

    @Test
    void aGoalOfAnotherKindOrTextIsReported() throws Exception {
        JsonNode output = json(OUTPUT);
        ((ObjectNode) project(output).get("goals").get(0)).put("text", "目标1：提升服务水平。");
        assertEquals(List.of("goals"), kinds(check.problems(json(TRUTH), output)));
    }

    @Test
    void anEmptyOutputMissesEveryForm() throws Exception {
        List<TruthCheck.Problem> problems = check.problems(json(TRUTH), json("{}"));
        assertEquals(List.of("form count missing", "form missing"), kinds(problems));
        assertEquals(List.of(false, false), problems.stream().map(TruthCheck.Problem::wrong).toList());
    }

    @Test
    void factsLeftOutAreMissingAndFactsStatedOtherwiseAreWrong() throws Exception {
        JsonNode output = json(OUTPUT);
        ObjectNode form = (ObjectNode) output.get("forms").get(0);
        form.remove("department");
        ((ObjectNode) project(output)).remove("fields");
        ((ArrayNode) project(output).get("goals")).removeAll();
        ((ArrayNode) project(output).get("funding")).remove(0);
        ((ObjectNode) project(output).get("funding").get(0)).put("amount", 1.0);
        ((ObjectNode) project(output).get("funding").get(0).get("columns")).put("实施期", 1.0);
        ((ArrayNode) project(output).get("indicators")).addObject().put("level3", "多出的指标");
        List<TruthCheck.Problem> problems = check.problems(json(TRUTH), output);
        assertEquals(List.of("department missing", "field missing", "funding line missing", "funding line", "goals missing",
                "indicator unexpected"), kinds(problems));
        assertEquals(List.of(false, false, false, true, false, true),
                problems.stream().map(TruthCheck.Problem::wrong).toList());
    }

    @Test
    void spacesCountOnlyWhenComparingStrictly() throws Exception {
        JsonNode output = json(OUTPUT);
        ((ObjectNode) project(output).get("fields")).put("实施单位", "示例市养老服务 指导中心");
        assertEquals(List.of("field value"), kinds(check.problems(json(TRUTH), output)));
        assertEquals(List.of(), new TruthCheck(true).problems(json(TRUTH), output));
    }

    private static JsonNode json(String text) throws Exception {
        return GeneratedFilingsTest.JSON.readTree(text);
    }

    private static JsonNode project(JsonNode output) {
        return output.get("forms").get(0).get("projects").get(0);
    }

    private static List<String> kinds(List<TruthCheck.Problem> problems) {
        return problems.stream().map(TruthCheck.Problem::kind).toList();
    }
}
