package org.perftable.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;

/**
 * The filing schema ({@code filing-1.schema.json}, from the normalizer's resources), for checking an
 * output before it is trusted as up to date. Its {@code $id} resolves to the copy on the class path,
 * so validation never goes to the network.
 */
final class OutputSchema {

    private static final JsonSchema SCHEMA = load();

    private OutputSchema() {
    }

    private static JsonSchema load() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(
                        "https://perftable.org/schema/", "classpath:org/perftable/")));
        JsonSchema schema = factory.getSchema(SchemaLocation.of("https://perftable.org/schema/filing-1.schema.json"));
        schema.initializeValidators();
        return schema;
    }

    static boolean accepts(JsonNode filing) {
        return SCHEMA.validate(filing).isEmpty();
    }
}
