package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

@XmlRootElement(name = "QueryResultReferences")
@XmlType(name = "QueryResultReferencesType")
public class QueryResultReferences extends QueryResult {
}
