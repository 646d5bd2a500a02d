package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** MetadataValue: one entry at {@code .../metadata/{domain}/{key}}, read and PUT on its own. */
@XmlRootElement(name = "MetadataValue")
@XmlType(name = "MetadataValueType", propOrder = {"domain", "typedValue"})
public class MetadataValue extends Resource {
    @XmlElement(name = "Domain") public MetadataDomain domain;
    @XmlElement(name = "TypedValue") public MetadataTypedValue typedValue;
}
