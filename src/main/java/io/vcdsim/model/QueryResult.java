package io.vcdsim.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlSeeAlso;
import jakarta.xml.bind.annotation.XmlTransient;

import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;

/** Base of QueryResultRecords and QueryResultReferences: paging attributes, links, then the rows. */
@XmlTransient
@XmlSeeAlso(QueryRecord.class)
public abstract class QueryResult extends Resource {
    @XmlAttribute public String name;
    @XmlAttribute public Integer page;
    @XmlAttribute public Integer pageSize;
    @XmlAttribute public Long total;
    @XmlTransient @JsonProperty("record") public List<QueryRecord> records = new ArrayList<>();

    /** For XML each row is written under its own element name (UserRecord, TaskReference, ...). */
    @XmlAnyElement
    public List<Object> getRows() {
        List<Object> rows = new ArrayList<>(records.size());
        for (QueryRecord r : records) {
            rows.add(new JAXBElement<>(new QName(Ns.VCLOUD, r.elementName), QueryRecord.class, r));
        }
        return rows;
    }
}
