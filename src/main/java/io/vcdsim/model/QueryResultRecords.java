package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

@XmlRootElement(name = "QueryResultRecords")
@XmlType(name = "QueryResultRecordsType")
public class QueryResultRecords extends QueryResult {
}
