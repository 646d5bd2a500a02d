package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** The query service's entry point: one Link (with name = query type) per type and format. */
@XmlRootElement(name = "QueryList")
@XmlType(name = "QueryListType")
public class QueryList extends Resource {
}
