package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.XmlValue;

/** {@code <Domain visibility="READWRITE">GENERAL</Domain>}. */
@XmlType(name = "MetadataDomainTagType")
public class MetadataDomain {
    @XmlAttribute public String visibility;
    @XmlValue public String value;

    public MetadataDomain() {
    }

    public MetadataDomain(String visibility, String value) {
        this.visibility = visibility;
        this.value = value;
    }
}
