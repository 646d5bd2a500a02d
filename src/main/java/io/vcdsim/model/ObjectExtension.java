package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

/**
 * vmext:ObjectExtension (ObjectExtensionType, objectExtensibility.xsd, API 16.0): an extension vCD invokes over AMQP
 * at extension points of its workflows, publishing to its Exchange in its ContentType (XML or JSON).
 */
@XmlRootElement(name = "ObjectExtension", namespace = Ns.VMEXT)
@XmlType(name = "ObjectExtensionType", namespace = Ns.VMEXT, propOrder = {"namespace", "enabled", "exchange",
        "contentType", "vendor", "selectors"})
public class ObjectExtension extends Resource {
    @XmlAttribute public String id;
    @XmlAttribute public String operationKey;
    @XmlElement(name = "Namespace", namespace = Ns.VMEXT) public String namespace;
    @XmlElement(name = "Enabled", namespace = Ns.VMEXT) public Boolean enabled;
    @XmlElement(name = "Exchange", namespace = Ns.VMEXT) public String exchange;
    @XmlElement(name = "ContentType", namespace = Ns.VMEXT) public String contentType;
    @XmlElement(name = "Vendor", namespace = Ns.VMEXT) public String vendor;
    @XmlElement(name = "Selectors", namespace = Ns.VMEXT) public Selectors selectors;

    /** The selector types (urn:selector:providerVdc, …) it may be selected on; absent: any. */
    @XmlType(name = "ObjectExtensionSelectors", namespace = Ns.VMEXT)
    public static class Selectors {
        @XmlElement(name = "Selector", namespace = Ns.VMEXT) public List<Selector> selector = new ArrayList<>();
    }

    @XmlType(name = "ObjectExtensionSelector", namespace = Ns.VMEXT)
    public static class Selector {
        @XmlAttribute public String name;

        public Selector() {
        }

        public Selector(String name) {
            this.name = name;
        }
    }

    /** vmext:ObjectExtensions: every registered object extension. */
    @XmlRootElement(name = "ObjectExtensions", namespace = Ns.VMEXT)
    @XmlType(name = "ObjectExtensionsType", namespace = Ns.VMEXT)
    public static class Collection extends Resource {
        @XmlElement(name = "ObjectExtension", namespace = Ns.VMEXT) public List<ObjectExtension> objectExtension =
                new ArrayList<>();
    }
}
