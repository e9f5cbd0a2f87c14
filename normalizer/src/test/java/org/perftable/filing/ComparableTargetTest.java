package org.perftable.filing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perftable.normalize.ValueParser;

class ComparableTargetTest {

    private static Value printed(String raw) {
        ValueParser.ParsedValue parsed = ValueParser.parse(raw);
        return new Value(raw, parsed.op(), parsed.number(), parsed.unit());
    }

    private static ComparableTarget target(String key, String raw) {
        Map<String, Value> targets = new LinkedHashMap<>();
        targets.put(key, raw == null ? null : printed(raw));
        return ComparableTarget.ofYear(targets);
    }

    @ParameterizedTest
    @CsvSource({
            "≥95%, LOWER_BOUND, 95, , %",
            ">220平方米, LOWER_BOUND, 220, , 平方米",
            "85%及以上, LOWER_BOUND, 85, , %",
            "≤5%, UPPER_BOUND, 5, , %",
            "不超过3天, UPPER_BOUND, 3, , 天",
            "=3个, EXACT, 3, , 个",
            "100%, EXACT, 100, , %",
            "20个, EXACT, 20, , 个",
            "90%-95%, RANGE, 90, 95, %",
            "3～5天, RANGE, 3, 5, 天",
            "得到提升, QUALITATIVE, , , ",
            "2023年工作日, QUALITATIVE, , , "})
    void kinds(String raw, TargetKind kind, BigDecimal number, BigDecimal max, String unit) {
        ComparableTarget target = target("value", raw);
        assertEquals(kind, target.kind(), raw);
        assertEquals(number, target.number(), raw);
        assertEquals(max, target.max(), raw);
        assertEquals(unit, target.unit(), raw);
        assertEquals(raw, target.raw());
    }

    @Test
    void compoundKeepsEveryPart() {
        ComparableTarget target = target("value", "工业90%以上，商贸服务业80%以上");
        assertEquals(TargetKind.COMPOUND, target.kind());
        assertNull(target.number());
        assertEquals(List.of(new Value("工业90%以上", ">=", new BigDecimal("90"), "%"),
                new Value("商贸服务业80%以上", ">=", new BigDecimal("80"), "%")), target.parts());
    }

    @Test
    void aSentenceWithOneNumberIsQualitative() {
        assertEquals(TargetKind.QUALITATIVE, target("value", "为片区近5年产城融合发展工作开展提供指引。").kind());
    }

    @Test
    void theYearsTargetIsAnnualElseValueElseExpected() {
        Map<String, Value> targets = new LinkedHashMap<>();
        targets.put("period", printed("≥3000人次"));
        targets.put("annual", printed("≥1000人次"));
        assertEquals("annual", ComparableTarget.ofYear(targets).from());
        assertEquals(new BigDecimal("1000"), ComparableTarget.ofYear(targets).number());
        assertEquals(new BigDecimal("3000"), ComparableTarget.ofPeriod(targets).number());

        Map<String, Value> prior = new LinkedHashMap<>();
        prior.put("prior2", printed("80%"));
        prior.put("prior1", printed("85%"));
        prior.put("expected", printed("≥90%"));
        assertEquals("expected", ComparableTarget.ofYear(prior).from());
        assertNull(ComparableTarget.ofPeriod(prior));
    }

    @Test
    void anEmptyCellIsNoTargetAndIsNotTakenFromAnotherColumn() {
        Map<String, Value> targets = new LinkedHashMap<>();
        targets.put("period", printed("≥3000人次"));
        targets.put("annual", null);
        assertNull(ComparableTarget.ofYear(targets));
        assertNull(target("value", null));
    }
}
