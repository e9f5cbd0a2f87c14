package org.perftable.filing;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a comparable target asks for. */
public enum TargetKind {
    /** at least the number: ≥, >, 不低于, 以上 */
    LOWER_BOUND,
    /** at most the number: ≤, <, 不超过, 以下 */
    UPPER_BOUND,
    /** the number itself: = or a plain number without an operator (「100%」, 「20个」) */
    EXACT,
    /** between number and max: 「90%-95%」 */
    RANGE,
    /** no number to compare: 「得到提升」, 「2023年工作日」 */
    QUALITATIVE,
    /** two or more conditions, each kept in parts: 「工业90%以上，商贸服务业80%以上」 */
    COMPOUND;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
