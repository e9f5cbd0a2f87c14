package org.perftable.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.perftable.normalize.ValueParser.ParsedValue;

class ValueParserTest {

    private static final ParsedValue QUALITATIVE = new ParsedValue(null, null, null);

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "null", textBlock = """
            ≥4800人次       | >=   | 4800   | 人次
            ≥15.8万人       | >=   | 15.8   | 万人
            100%           | null | 100    | %
            85%及以上       | >=   | 85     | %
            "≥ 4 次/年·辆"  | >=   | 4      | 次/年·辆
            ≥4次/年·辆      | >=   | 4      | 次/年·辆
            =100%          | =    | 100    | %
            ≤1次/年         | <=   | 1      | 次/年
            12             | null | 12     | null
            80家（次）      | null | 80     | 家（次）
            不少于4场       | >=   | 4      | 场
            不低于80%       | >=   | 80     | %
            >220平方米      | >    | 220    | 平方米
            0起            | null | 0      | 起
            ≥0%            | >=   | 0      | %
            1次            | null | 1      | 次
            ≥50000人       | >=   | 50000  | 人
            ≥100家/次      | >=   | 100    | 家/次
            =3人           | =    | 3      | 人
            >=90%          | >=   | 90     | %
            ＞=90%         | >=   | 90     | %
            <=5天          | <=   | 5      | 天
            ＞1            | >    | 1      | null
            <2小时         | <    | 2      | 小时
            ＜2小时        | <    | 2      | 小时
            ＝100%         | =    | 100    | %
            大于等于3个     | >=   | 3      | 个
            至少2次        | >=   | 2      | 次
            不超过10%      | <=   | 10     | %
            不高于5%       | <=   | 5      | %
            不多于3次      | <=   | 3      | 次
            小于等于1天     | <=   | 1      | 天
            最多2人        | <=   | 2      | 人
            大于60分       | >    | 60     | 分
            高于90%        | >    | 90     | %
            超过100家      | >    | 100    | 家
            小于5%         | <    | 5      | %
            低于3%         | <    | 3      | %
            90%以上        | >=   | 90     | %
            90%或以上      | >=   | 90     | %
            5%以下         | <=   | 5      | %
            5%及以下       | <=   | 5      | %
            5%或以下       | <=   | 5      | %
            3天以内        | <=   | 3      | 天
            ≥90%以上       | >=   | 90     | %
            "≥ 2,500.50 万元" | >= | 2500.50 | 万元
            １２人         | null | 12     | 人
            2023           | null | 2023   | null
            365天          | null | 365    | 天
            3个月内完成     | null | 3      | 个月内完成
            """)
    void parsesTargets(String raw, String op, String number, String unit) {
        assertEquals(new ParsedValue(op, new BigDecimal(number), unit), ValueParser.parse(raw));
    }

    @Test
    void keepsPrintedScale() {
        assertEquals(1, ValueParser.parse("≥15.8万人").number().scale());
        assertEquals(0, ValueParser.parse("100%").number().scale());
        assertEquals(2, ValueParser.parse("99.00%").number().scale());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "得到提升", "持续影响", "良好以上", "达到国家标准", "是", "在规定时间内响应", "推动4个项目竣工投产",
            "统计数据上报完成率在90%以上，统计数据服务企业数超1600家", "工业90%以上，商贸服务业80%以上",
            "2023年工作日", "2023年法定工作日天数", "2023年", "  ", "≥", "以上", "≥90%以下", "10-20人",
            "1,2,3", "100%完成：全部", "5 次 年", "90%，良好", "4次、5次", "100%；合格",
            "12个重点项目全部开工建设"})
    void qualitativeValuesHaveNoParts(String raw) {
        assertEquals(QUALITATIVE, ValueParser.parse(raw));
    }
}
