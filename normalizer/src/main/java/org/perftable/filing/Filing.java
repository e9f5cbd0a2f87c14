package org.perftable.filing;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** One filed file: its source and the forms recognised in it. */
@JsonPropertyOrder({"schema", "source", "forms", "warnings"})
public record Filing(String schema, Source source, List<Form> forms, List<Warning> warnings) {

    public static final String SCHEMA = "perftable/filing@1";
}
