package org.perftable.normalize;

import org.perftable.filing.Value;

/** Builds target values: the printed text with its parsed operator, number and unit. */
final class Values {

    private Values() {
    }

    static Value of(String printed) {
        ValueParser.ParsedValue parsed = ValueParser.parse(printed);
        return new Value(printed, parsed.op(), parsed.number(), parsed.unit());
    }
}
