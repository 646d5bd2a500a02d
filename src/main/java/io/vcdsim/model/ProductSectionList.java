package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

/** ProductSectionList: the ovf:ProductSections of a vApp or VM, the properties its guests read. */
@XmlRootElement(name = "ProductSectionList")
@XmlType(name = "ProductSectionListType", propOrder = {"link", "productSection"})
public class ProductSectionList {
    @XmlAttribute public String href;
    @XmlAttribute public String type;
    @XmlElement(name = "Link") public List<Link> link = new ArrayList<>();
    @XmlElement(name = "ProductSection", namespace = Ns.OVF) public List<ProductSection> productSection =
            new ArrayList<>();

    /**
     * ovf:ProductSection. Its icons, URLs and categories are not kept (vcdsim takes and drops them); the
     * properties are.
     */
    @XmlType(name = "ProductSection_Type", namespace = Ns.OVF, propOrder = {"info", "product", "vendor", "version",
            "fullVersion", "property", "rest"})
    public static class ProductSection {
        @XmlAttribute(name = "class", namespace = Ns.OVF) public String className;
        @XmlAttribute(name = "instance", namespace = Ns.OVF) public String instance;
        @XmlAttribute(name = "required", namespace = Ns.OVF) public Boolean required;
        @XmlElement(name = "Info", namespace = Ns.OVF) public String info;
        @XmlElement(name = "Product", namespace = Ns.OVF) public String product;
        @XmlElement(name = "Vendor", namespace = Ns.OVF) public String vendor;
        @XmlElement(name = "Version", namespace = Ns.OVF) public String version;
        @XmlElement(name = "FullVersion", namespace = Ns.OVF) public String fullVersion;
        @XmlElement(name = "Property", namespace = Ns.OVF) public List<Property> property = new ArrayList<>();
        @XmlAnyElement public List<Object> rest;
    }

    @XmlType(name = "PropertyType", namespace = Ns.OVF, propOrder = {"label", "description", "values", "rest"})
    public static class Property {
        @XmlAttribute(name = "key", namespace = Ns.OVF) public String key;
        @XmlAttribute(name = "type", namespace = Ns.OVF) public String type;
        @XmlAttribute(name = "value", namespace = Ns.OVF) public String value;
        @XmlAttribute(name = "password", namespace = Ns.OVF) public Boolean password;
        @XmlAttribute(name = "userConfigurable", namespace = Ns.OVF) public Boolean userConfigurable;
        @XmlElement(name = "Label", namespace = Ns.OVF) public String label;
        @XmlElement(name = "Description", namespace = Ns.OVF) public String description;
        /** The value set for this VM or vApp (the property's ovf:value is its default). */
        @XmlElement(name = "Value", namespace = Ns.OVF) public List<PropertyValue> values;
        @XmlAnyElement public List<Object> rest;
    }

    @XmlType(name = "PropertyConfigurationValue_Type", namespace = Ns.OVF)
    public static class PropertyValue {
        @XmlAttribute(name = "value", namespace = Ns.OVF) public String value;
    }
}
