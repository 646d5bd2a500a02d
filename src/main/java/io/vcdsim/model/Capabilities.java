package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.XmlValue;

import java.util.ArrayList;
import java.util.List;

/** CapabilitiesType: the virtual hardware versions a VDC supports, each a reference to what it offers. */
@XmlType(name = "CapabilitiesType")
public class Capabilities {
    @XmlElementWrapper(name = "SupportedHardwareVersions") @XmlElement(name = "SupportedHardwareVersion")
    public List<HardwareVersionRef> supportedHardwareVersions = new ArrayList<>();

    /** SupportedHardwareVersion: a reference whose text is the version's name; the newest is the default. */
    @XmlType(name = "SupportedHardwareVersionType")
    public static class HardwareVersionRef {
        @XmlAttribute public String href;
        @XmlAttribute public String type;
        @XmlAttribute public String name;
        @XmlAttribute(name = "default") public Boolean isDefault;
        @XmlValue public String value;
    }
}
