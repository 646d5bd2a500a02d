package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAnyAttribute;
import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.XmlValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;

/**
 * ovf:VirtualHardwareSection: a template VM's CPUs, memory and disks as OVF items. pyvcloud edits
 * these items and sends them back in a SourcedItem to size the VM it instantiates.
 */
@XmlType(name = "VirtualHardwareSection_Type", namespace = Ns.OVF, propOrder = {"info", "item", "rest"})
public class VirtualHardwareSection {
    @XmlElement(name = "Info", namespace = Ns.OVF) public String info;
    @XmlElement(name = "Item", namespace = Ns.OVF) public List<Item> item = new ArrayList<>();
    @XmlAnyElement public List<Object> rest;

    /** One RASD item: 3 CPU, 4 memory, 17 disk (in the schema's alphabetical child order). */
    @XmlType(name = "RASD_Type", namespace = Ns.OVF, propOrder = {"allocationUnits", "elementName", "hostResource",
            "instanceId", "resourceType", "virtualQuantity", "rest"})
    public static class Item {
        @XmlElement(name = "AllocationUnits", namespace = Ns.RASD) public String allocationUnits;
        @XmlElement(name = "ElementName", namespace = Ns.RASD) public String elementName;
        @XmlElement(name = "HostResource", namespace = Ns.RASD) public HostResource hostResource;
        @XmlElement(name = "InstanceID", namespace = Ns.RASD) public String instanceId;
        @XmlElement(name = "ResourceType", namespace = Ns.RASD) public Integer resourceType;
        @XmlElement(name = "VirtualQuantity", namespace = Ns.RASD) public Long virtualQuantity;
        /** The other RASD children clients send back (Parent, Address, ...): accepted, not used. */
        @XmlAnyElement public List<Object> rest;
    }

    /**
     * A disk's HostResource, whose vcloud:capacity (MB) is the disk's size. Kept among any attributes:
     * declaring an attribute in the vCloud namespace would make JAXB prefix that namespace everywhere.
     */
    @XmlType(name = "HostResourceType", namespace = Ns.RASD)
    public static class HostResource {
        private static final QName CAPACITY = new QName(Ns.VCLOUD, "capacity");
        @XmlAnyAttribute public Map<QName, String> attributes = new HashMap<>();
        @XmlValue public String value;

        public Long capacity() {
            try {
                String c = attributes.get(CAPACITY);
                return c == null ? null : Long.parseLong(c.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }

        public void capacity(long mb) {
            attributes.put(CAPACITY, Long.toString(mb));
        }
    }
}
