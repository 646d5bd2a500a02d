package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

/**
 * The OVF environment a running VM's guest reads (ovfenv:Environment): the platform it runs on, its properties
 * (vCD's vCloud_* ones: computer name, ...) and its network adapters. vCD shows it in the VM while it runs.
 */
@XmlType(name = "EnvironmentType", namespace = Ns.OVFENV, propOrder = {"platformSection", "propertySection",
        "ethernetAdapterSection"})
public class OvfEnvironment {
    @XmlAttribute(namespace = Ns.OVFENV) public String id;
    @XmlAttribute(namespace = Ns.VMWENV) public String vCenterId;
    @XmlElement(name = "PlatformSection", namespace = Ns.OVFENV) public Platform platformSection;
    @XmlElement(name = "PropertySection", namespace = Ns.OVFENV) public Properties propertySection;
    @XmlElement(name = "EthernetAdapterSection", namespace = Ns.VMWENV) public Adapters ethernetAdapterSection;

    @XmlType(name = "PlatformSectionType", namespace = Ns.OVFENV, propOrder = {"kind", "version", "vendor",
            "locale"})
    public static class Platform {
        @XmlElement(name = "Kind", namespace = Ns.OVFENV) public String kind;
        @XmlElement(name = "Version", namespace = Ns.OVFENV) public String version;
        @XmlElement(name = "Vendor", namespace = Ns.OVFENV) public String vendor;
        @XmlElement(name = "Locale", namespace = Ns.OVFENV) public String locale;
    }

    @XmlType(name = "PropertySectionType", namespace = Ns.OVFENV)
    public static class Properties {
        @XmlElement(name = "Property", namespace = Ns.OVFENV) public List<Property> property = new ArrayList<>();
    }

    @XmlType(name = "PropertyType", namespace = Ns.OVFENV)
    public static class Property {
        @XmlAttribute(namespace = Ns.OVFENV) public String key;
        @XmlAttribute(namespace = Ns.OVFENV) public String value;

        public Property() {
        }

        public Property(String key, String value) {
            this.key = key;
            this.value = value;
        }
    }

    @XmlType(name = "EthernetAdapterSectionType", namespace = Ns.VMWENV)
    public static class Adapters {
        @XmlElement(name = "Adapter", namespace = Ns.VMWENV) public List<Adapter> adapter = new ArrayList<>();
    }

    @XmlType(name = "AdapterType", namespace = Ns.VMWENV)
    public static class Adapter {
        @XmlAttribute(namespace = Ns.VMWENV) public String mac;
        @XmlAttribute(namespace = Ns.VMWENV) public String network;
        @XmlAttribute(namespace = Ns.VMWENV) public String unitNumber;
    }
}
