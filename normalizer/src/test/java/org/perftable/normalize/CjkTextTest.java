package org.perftable.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CjkTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            党员职工服 务中心冷暖 气正常运转 天数 | 党员职工服务中心冷暖气正常运转天数
            "≥ 4 次/年·辆"                     | ≥4次/年·辆
            2023 年工作日                      | 2023年工作日
            年度绩效目 标 2                     | 年度绩效目标2
            Hello world                        | Hello world
            "Hello  \t world"                  | Hello world
            LDT 中试                           | LDT 中试
            "882.85 m ² * 23.5 元/月"          | "882.85 m ² * 23.5元/月"
            "  前后 空白  "                     | 前后空白
            完成率 ≥ 95%                        | 完成率≥95%
            "“ 十四五 ” 规划"                   | “十四五”规划
            ⻓期 ⻔诊                            | 长期门诊
            """)
    void unwrapsPrintedText(String raw, String expected) {
        assertEquals(expected, CjkText.unwrap(raw));
    }

    @Test
    void unwrapsLineWrapsAndEveryKindOfSpace() {
        assertEquals("服务中心运转天数", CjkText.unwrap("服务\n中心\r\n运转\u3000天\u00A0数"));
        assertEquals("数量≥4", CjkText.unwrap("数量\t≥\n4"));
        // a line break is a wrap, so it joins where a typed space between Latin and Chinese stays
        assertEquals("LDT中试", CjkText.unwrap("LDT\n中试"));
        assertEquals("发展,实现", CjkText.unwrap("发展,\n实现"));
        assertEquals("420108220020030000 102", CjkText.unwrap("420108220020030\n000 102"));
        assertEquals("word wrap", CjkText.unwrap("word\nwrap"));
    }

    @Test
    void keepsBlankLineAsOneParagraphBreak() {
        assertEquals("目标1：A\n目标2：B", CjkText.unwrap("目标1：A\n\n目标2：B"));
        assertEquals("目标1：A\n目标2：B", CjkText.unwrap("目标1：A \r\n \r\n\n目标2：B\n\n"));
    }

    @Test
    void unwrapHandlesNullAndBlank() {
        assertNull(CjkText.unwrap(null));
        assertEquals("", CjkText.unwrap(""));
        assertEquals("", CjkText.unwrap(" \n\n\u3000 "));
    }

    @Test
    void mapsEveryKangxiRadicalLikeNfkc() {
        for (char c = 0x2F00; c <= 0x2FD5; c++) {
            String radical = String.valueOf(c);
            assertEquals(Normalizer.normalize(radical, Normalizer.Form.NFKC), CjkText.mapRadicals(radical),
                    () -> "U+" + Integer.toHexString(radical.charAt(0)));
        }
    }

    @ParameterizedTest
    @CsvSource({
            "⺠,民", "⻓,长", "⻔,门", "⻢,马", "⻋,车", "⻅,见", "⻛,风", "⻚,页", "⻜,飞", "⻄,西", "⻆,角",
            "⻣,骨", "⻤,鬼", "⻥,鱼", "⻦,鸟", "⻮,齿", "⻰,龙", "⻳,龟", "⺟,母", "⻩,黄", "⻬,齐", "⻘,青",
            "⻨,麦", "⻝,食", "⻉,贝", "⻙,韦", "⻧,卤", "⻪,黾"})
    void mapsSimplifiedRadicalForms(String radical, String ideograph) {
        assertEquals(ideograph, CjkText.mapRadicals(radical));
    }

    @Test
    void mapRadicalsKeepsEverythingElseAsPrinted() {
        assertEquals("月度目标：（一）⻈", CjkText.mapRadicals("⽉度⽬标：（⼀）⻈"));
        String plain = "项目：（一）１２，３％";
        assertSame(plain, CjkText.mapRadicals(plain));
        assertNull(CjkText.mapRadicals(null));
    }

    @Test
    void compactRemovesAllWhitespace() {
        assertEquals("项目名称ProjectName", CjkText.compact(" 项目 名称\n Project\u3000Name\u00A0\t"));
        assertEquals("", CjkText.compact(""));
        assertNull(CjkText.compact(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"中", "㐀", "𠀀", "⼀", "、", "。", "〇", "：", "（", "１", "％", "“", "”", "‘", "’", "—", "·", "…"})
    void recognisesCjk(String s) {
        assertTrue(CjkText.isCjk(s.codePointAt(0)), s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"A", "1", "%", "≥", " ", "\u3000", "\u00A0", "²", "-"})
    void rejectsNonCjk(String s) {
        assertFalse(CjkText.isCjk(s.codePointAt(0)), s);
    }

    @Test
    void rejectsInvalidCodePoints() {
        assertFalse(CjkText.isCjk(-1));
        assertFalse(CjkText.isCjk(0x110000));
    }
}
