package io.vcdsim.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * vCD's JSON keeps the wrapper elements of its XML: a list JAXB writes as
 * {@code <AvailableNetworks><Network/><Network/></AvailableNetworks>} is
 * {@code "availableNetworks": {"network": [...]}} in JSON, the form go-vcloud-director's types declare and
 * send back (its provider VDC update PUTs the document it read). So every {@link XmlElementWrapper} field
 * is written that way, and read that way or, as vcdsim wrote it before, as a bare array.
 */
final class WrappedLists extends JacksonAnnotationIntrospector {

    @Override
    public Object findSerializer(Annotated a) {
        String item = itemName(a);
        return item == null ? super.findSerializer(a) : new Writer(item);
    }

    @Override
    public Object findDeserializer(Annotated a) {
        String item = itemName(a);
        return item == null ? super.findDeserializer(a) : new Reader(item, null);
    }

    /** The JSON name of a wrapped list's items: its element's name, first letter lower case. */
    private static String itemName(Annotated a) {
        XmlElement element = a.getAnnotation(XmlElement.class);
        if (!a.hasAnnotation(XmlElementWrapper.class) || element == null || element.name().startsWith("#")) {
            return null;
        }
        String name = element.name();
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static final class Writer extends StdSerializer<List<?>> {
        private final String item;

        @SuppressWarnings({"unchecked", "rawtypes"})
        Writer(String item) {
            super((Class<List<?>>) (Class) List.class);
            this.item = item;
        }

        @Override
        public void serialize(List<?> list, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            gen.writeFieldName(item);
            provider.defaultSerializeValue(list, gen);
            gen.writeEndObject();
        }
    }

    private static final class Reader extends JsonDeserializer<List<?>> implements ContextualDeserializer {
        private final String item;
        private final JavaType listType;

        Reader(String item, JavaType listType) {
            this.item = item;
            this.listType = listType;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            return new Reader(item, property.getType());
        }

        @Override
        public List<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.START_ARRAY) {
                return ctxt.readValue(p, listType);
            }
            if (p.currentToken() != JsonToken.START_OBJECT) {
                return (List<?>) ctxt.handleUnexpectedToken(listType, p);
            }
            List<?> items = new ArrayList<>();
            for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
                p.nextToken();
                if (field.equals(item) && p.currentToken() != JsonToken.VALUE_NULL) {
                    items = ctxt.readValue(p, listType);
                } else {
                    p.skipChildren();
                }
            }
            return items;
        }
    }
}
