package org.perftable.filing;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/**
 * A target value as printed and as parsed.
 *
 * @param raw    the printed text, wrapping artifacts removed
 * @param op     {@code >= <= > < =}, or null when none is printed or the value is qualitative
 * @param number the exact number, null for qualitative values
 * @param unit   the unit after the number (人次, %, 次/年), null when none
 */
@JsonPropertyOrder({"raw", "op", "number", "unit"})
public record Value(String raw, String op, BigDecimal number, String unit) {
}
