package org.perftable.filing;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/** One row of 年度重点工作任务: name, content, planned funds and expected result. */
@JsonPropertyOrder({"name", "content", "amount", "raw", "expected", "page"})
public record Task(String name, String content, BigDecimal amount, String raw, String expected, int page) {
}
