package io.vcdsim.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlSeeAlso;
import jakarta.xml.bind.annotation.XmlType;

/**
 * A metadata value, typed by xsi:type (MetadataStringValue, MetadataNumberValue,
 * MetadataBooleanValue, MetadataDateTimeValue); JSON names the type in {@code _type}.
 * The value is kept as its text: each type checks it on the way in.
 */
@XmlType(name = "MetadataTypedValue")
@XmlSeeAlso({MetadataTypedValue.Text.class, MetadataTypedValue.Number.class, MetadataTypedValue.Bool.class,
        MetadataTypedValue.DateTime.class})
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "_type")
@JsonSubTypes({@JsonSubTypes.Type(value = MetadataTypedValue.Text.class, name = "MetadataStringValue"),
        @JsonSubTypes.Type(value = MetadataTypedValue.Number.class, name = "MetadataNumberValue"),
        @JsonSubTypes.Type(value = MetadataTypedValue.Bool.class, name = "MetadataBooleanValue"),
        @JsonSubTypes.Type(value = MetadataTypedValue.DateTime.class, name = "MetadataDateTimeValue")})
public abstract class MetadataTypedValue {
    @XmlElement(name = "Value") public String value;

    /** The xsi:type name. */
    public abstract String typeName();

    public static MetadataTypedValue of(String typeName, String value) {
        MetadataTypedValue v = switch (typeName) {
            case "MetadataNumberValue" -> new Number();
            case "MetadataBooleanValue" -> new Bool();
            case "MetadataDateTimeValue" -> new DateTime();
            default -> new Text();
        };
        v.value = value;
        return v;
    }

    @XmlType(name = "MetadataStringValue")
    public static class Text extends MetadataTypedValue {
        @Override
        public String typeName() {
            return "MetadataStringValue";
        }
    }

    @XmlType(name = "MetadataNumberValue")
    public static class Number extends MetadataTypedValue {
        @Override
        public String typeName() {
            return "MetadataNumberValue";
        }
    }

    @XmlType(name = "MetadataBooleanValue")
    public static class Bool extends MetadataTypedValue {
        @Override
        public String typeName() {
            return "MetadataBooleanValue";
        }
    }

    @XmlType(name = "MetadataDateTimeValue")
    public static class DateTime extends MetadataTypedValue {
        @Override
        public String typeName() {
            return "MetadataDateTimeValue";
        }
    }
}
