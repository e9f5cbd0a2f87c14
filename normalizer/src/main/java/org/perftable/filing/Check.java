package org.perftable.filing;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One audit check run on a form's records.
 *
 * @param rule     the rule's id ({@code sum.total}, {@code completeness.level1} …)
 * @param status   whether the records pass, fail, or give the rule nothing to check
 * @param message  what was compared, naming the printed labels
 * @param expected what the rule expects (a sum of items, a required category), null when nothing
 * @param actual   what the form prints, null when nothing
 * @param records  ids of the records compared, the one that fails first
 */
@JsonPropertyOrder({"rule", "status", "message", "expected", "actual", "records"})
public record Check(String rule, CheckStatus status, String message, String expected, String actual,
        List<String> records) {
}
