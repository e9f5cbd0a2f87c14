package org.perftable.filing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;

/** Validates filing JSON against {@code filing-1.schema.json}; shared with other modules' tests via the test-jar. */
public final class FilingSchema {

    public static final String ID = "https://perftable.org/schema/filing-1.schema.json";

    // Resolve the schema's $id to the classpath copy so validation never goes to the network.
    private static final JsonSchema SCHEMA = load();

    private FilingSchema() {
    }

    private static JsonSchema load() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(
                        "https://perftable.org/schema/", "classpath:org/perftable/")));
        JsonSchema schema = factory.getSchema(SchemaLocation.of(ID));
        // Fail here on a broken schema rather than at the first validation.
        schema.initializeValidators();
        return schema;
    }

    /** The schema violations of {@code json}, sorted; empty when it is a valid filing. */
    public static List<String> violations(String json) {
        try {
            return SCHEMA.validate(FilingJson.mapper().readTree(json)).stream()
                    .map(ValidationMessage::getMessage)
                    // oneOf branches report the same message once per evaluation path
                    .distinct()
                    .sorted()
                    .toList();
        } catch (JsonProcessingException e) {
            return List.of("not JSON: " + e.getOriginalMessage());
        }
    }
}
