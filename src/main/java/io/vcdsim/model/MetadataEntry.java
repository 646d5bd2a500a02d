package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** One entry of a Metadata document: domain, key and typed value. */
@XmlType(name = "MetadataEntryType", propOrder = {"domain", "key", "typedValue"})
public class MetadataEntry extends Resource {
    @XmlElement(name = "Domain") public MetadataDomain domain;
    @XmlElement(name = "Key") public String key;
    @XmlElement(name = "TypedValue") public MetadataTypedValue typedValue;
}
