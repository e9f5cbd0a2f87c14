package org.perftable.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2,120.40          | 2120.40
            0.00              | 0.00
            675               | 675
            -3.5              | -3.5
            １２３            | 123
            "  1,234,567.8 "  | 1234567.8
            """)
    void parsesBareNumbersWithPrintedScale(String raw, String expected) {
        BigDecimal parsed = Amounts.parse(raw);
        assertEquals(new BigDecimal(expected), parsed);
        assertEquals(new BigDecimal(expected).scale(), parsed.scale());
    }

    @Test
    void ignoresSurroundingWhitespace() {
        assertEquals(new BigDecimal("88"), Amounts.parse("\t88\n"));
        assertEquals(new BigDecimal("-0.5"), Amounts.parse("\u3000-0.5 "));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"4,880.27万元", "  ", "元", "1,23", "12,3456", ",100", "1.", ".5", "1.2.3", "+5", "- 5", "1e3", "一百"})
    void rejectsAnythingButABareNumber(String raw) {
        assertNull(Amounts.parse(raw));
    }
}
