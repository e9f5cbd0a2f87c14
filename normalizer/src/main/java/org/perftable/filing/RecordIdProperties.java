package org.perftable.filing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonAppend;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.ser.VirtualBeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.util.Annotations;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The Jackson mix-ins that write record ids: {@code "id"} as the first key of every record and
 * {@code "record"} as the last key of a warning, both looked up in the {@link RecordIds} the writer
 * carries as an attribute. The records themselves know nothing of their ids, which are positions.
 */
final class RecordIdProperties {

    private RecordIdProperties() {
    }

    static JsonMapper.Builder addTo(JsonMapper.Builder builder) {
        for (Class<?> record : List.of(Form.class, BudgetLine.class, Goal.class, Task.class, Indicator.class)) {
            builder.addMixIn(record, IdFirst.class);
        }
        return builder.addMixIn(Project.class, ProjectIds.class).addMixIn(Warning.class, RecordLast.class);
    }

    private static RecordIds ids(SerializerProvider provider) {
        return (RecordIds) provider.getAttribute(RecordIds.class);
    }

    @JsonAppend(prepend = true, props = @JsonAppend.Prop(value = IdWriter.class, name = "id", type = String.class,
            include = JsonInclude.Include.ALWAYS))
    private abstract static class IdFirst {
    }

    /** A project's details and purchases are maps by column header, written with their id first. */
    private abstract static class ProjectIds extends IdFirst {
        @JsonSerialize(contentUsing = CellsWithId.class)
        abstract List<Map<String, Object>> details();

        @JsonSerialize(contentUsing = CellsWithId.class)
        abstract List<Map<String, Object>> purchases();
    }

    @JsonAppend(props = @JsonAppend.Prop(value = IdWriter.class, name = "record", type = String.class,
            include = JsonInclude.Include.ALWAYS))
    private abstract static class RecordLast {
    }

    /** The id of the record written, or for a warning the id of the record it concerns. */
    static final class IdWriter extends VirtualBeanPropertyWriter {

        IdWriter() {
        }

        private IdWriter(BeanPropertyDefinition property, Annotations annotations, JavaType type) {
            super(property, annotations, type);
        }

        @Override
        protected Object value(Object bean, JsonGenerator gen, SerializerProvider provider) {
            RecordIds ids = ids(provider);
            return ids == null ? null : ids.idOf(bean instanceof Warning warning ? warning.concerns() : bean);
        }

        @Override
        public VirtualBeanPropertyWriter withConfig(MapperConfig<?> config, AnnotatedClass declaringClass,
                BeanPropertyDefinition property, JavaType type) {
            return new IdWriter(property, declaringClass.getAnnotations(), type);
        }
    }

    /** A row of cells by column header, with {@code "id"} before the first cell. */
    static final class CellsWithId extends StdSerializer<Map<String, Object>> {

        @SuppressWarnings("unchecked")
        CellsWithId() {
            super((Class<Map<String, Object>>) (Class<?>) Map.class);
        }

        @Override
        public void serialize(Map<String, Object> cells, JsonGenerator gen, SerializerProvider provider)
                throws IOException {
            gen.writeStartObject(cells);
            RecordIds ids = ids(provider);
            gen.writeStringField("id", ids == null ? null : ids.idOf(cells));
            for (Map.Entry<String, Object> cell : cells.entrySet()) {
                gen.writeFieldName(cell.getKey());
                provider.defaultSerializeValue(cell.getValue(), gen);
            }
            gen.writeEndObject();
        }
    }
}
