package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** One entry of a Metadata document: domain, key and typed value. */
@XmlType(name = "MetadataEntryType", propOrder = {"domain", "key", "typedValue"})
public class MetadataEntry extends Resource {
    @XmlElement(name = "Domain") public MetadataDomain domain;
    @XmlElement(name = "Key") public String key;
    @XmlElement(name = "TypedValue") public MetadataTypedValue typedValue;

    /**
     * An entry as vCD writes one: it leaves the Domain out of a GENERAL, READWRITE entry (go-vcloud-director's tests
     * expect none).
     */
    public static MetadataEntry of(String domain, String visibility, String key, String valueType, String value) {
        MetadataEntry e = new MetadataEntry();
        boolean plain = domain.equals("GENERAL") && visibility.equals("READWRITE");
        e.domain = plain ? null : new MetadataDomain(visibility, domain);
        e.key = key;
        e.typedValue = MetadataTypedValue.of(valueType, value);
        return e;
    }
}
