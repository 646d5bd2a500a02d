package io.vcdsim.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.xml.bind.annotation.XmlAnyAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlTransient;
import jakarta.xml.bind.annotation.XmlType;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.namespace.QName;

/**
 * One row of a query result: a record (e.g. UserRecord) or a reference (e.g. UserReference). Which
 * attributes it has depends on the query type, so they are kept as an ordered map.
 */
@XmlType(name = "QueryResultRecordType")
public class QueryRecord {
    @XmlTransient @JsonIgnore public String elementName;
    @XmlAnyAttribute @JsonIgnore public Map<QName, String> attributes = new LinkedHashMap<>();
    /** The entries the query's fields asked for ({@code metadata:key}) that the object has. */
    @XmlElement(name = "Metadata") @JsonProperty("metadata") @JsonInclude(JsonInclude.Include.NON_NULL)
    public Metadata metadata;

    public QueryRecord() {
    }

    public QueryRecord(String elementName) {
        this.elementName = elementName;
    }

    public QueryRecord put(String name, String value) {
        if (value != null) {
            attributes.put(new QName(name), value);
        }
        return this;
    }

    public String get(String name) {
        return attributes.get(new QName(name));
    }

    @JsonAnyGetter
    Map<String, String> json() {
        Map<String, String> out = new LinkedHashMap<>();
        attributes.forEach((k, v) -> out.put(k.getLocalPart(), v));
        return out;
    }
}
