package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAnyAttribute;
import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.XmlValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;

/**
 * ovf:VirtualHardwareSection: a VM's hardware as OVF items (CPU, memory, controllers, disks, NICs, drives).
 * A template VM's is what pyvcloud edits and sends back in a SourcedItem; a vApp VM's is read at
 * {@code {vm}/virtualHardwareSection/} and its items at their sub-resources. vCloud attributes (vcloud:href,
 * vcloud:capacity, ...) are kept among any attributes: declaring an attribute in the vCloud namespace would make
 * JAXB prefix that namespace everywhere.
 */
@XmlRootElement(name = "VirtualHardwareSection", namespace = Ns.OVF)
@XmlType(name = "VirtualHardwareSection_Type", namespace = Ns.OVF, propOrder = {"info", "system", "item", "rest",
        "link"})
public class VirtualHardwareSection {
    static final QName HREF = new QName(Ns.VCLOUD, "href", "vcloud");
    static final QName TYPE = new QName(Ns.VCLOUD, "type", "vcloud");
    @XmlAnyAttribute public Map<QName, String> attributes = new HashMap<>();
    @XmlElement(name = "Info", namespace = Ns.OVF) public String info;
    @XmlElement(name = "System", namespace = Ns.OVF) public System system;
    @XmlElement(name = "Item", namespace = Ns.OVF) public List<Item> item = new ArrayList<>();
    @XmlAnyElement public List<Object> rest;
    @XmlElement(name = "Link", namespace = Ns.VCLOUD) public List<Link> link;

    public void hrefAndType(String href, String type) {
        attributes.put(HREF, href);
        attributes.put(TYPE, type);
    }

    /** The virtual system the items make up: its name and hardware version (vmx-NN). */
    @XmlType(name = "VSSD_Type", namespace = Ns.OVF, propOrder = {"elementName", "instanceId",
            "virtualSystemIdentifier", "virtualSystemType"})
    public static class System {
        @XmlElement(name = "ElementName", namespace = Ns.VSSD) public String elementName;
        @XmlElement(name = "InstanceID", namespace = Ns.VSSD) public String instanceId;
        @XmlElement(name = "VirtualSystemIdentifier", namespace = Ns.VSSD) public String virtualSystemIdentifier;
        @XmlElement(name = "VirtualSystemType", namespace = Ns.VSSD) public String virtualSystemType;
    }

    /**
     * One RASD item (3 CPU, 4 memory, 5 IDE and 6 SCSI controller, 10 NIC, 14 floppy, 15 CD/DVD, 17 disk), its
     * children in the schema's alphabetical order, then vmw:CoresPerSocket and the vCloud links.
     */
    @XmlType(name = "RASD_Type", namespace = Ns.OVF, propOrder = {"address", "addressOnParent", "allocationUnits",
            "automaticAllocation", "connection", "description", "elementName", "hostResource", "instanceId", "parent",
            "resourceSubType", "resourceType", "virtualQuantity", "virtualQuantityUnits", "coresPerSocket", "rest",
            "link"})
    public static class Item {
        @XmlAnyAttribute public Map<QName, String> attributes = new HashMap<>();
        @XmlElement(name = "Address", namespace = Ns.RASD) public String address;
        @XmlElement(name = "AddressOnParent", namespace = Ns.RASD) public String addressOnParent;
        @XmlElement(name = "AllocationUnits", namespace = Ns.RASD) public String allocationUnits;
        @XmlElement(name = "AutomaticAllocation", namespace = Ns.RASD) public Boolean automaticAllocation;
        @XmlElement(name = "Connection", namespace = Ns.RASD) public Connection connection;
        @XmlElement(name = "Description", namespace = Ns.RASD) public String description;
        @XmlElement(name = "ElementName", namespace = Ns.RASD) public String elementName;
        @XmlElement(name = "HostResource", namespace = Ns.RASD) public HostResource hostResource;
        @XmlElement(name = "InstanceID", namespace = Ns.RASD) public String instanceId;
        @XmlElement(name = "Parent", namespace = Ns.RASD) public String parent;
        @XmlElement(name = "ResourceSubType", namespace = Ns.RASD) public String resourceSubType;
        @XmlElement(name = "ResourceType", namespace = Ns.RASD) public Integer resourceType;
        @XmlElement(name = "VirtualQuantity", namespace = Ns.RASD) public Long virtualQuantity;
        @XmlElement(name = "VirtualQuantityUnits", namespace = Ns.RASD) public String virtualQuantityUnits;
        @XmlElement(name = "CoresPerSocket", namespace = Ns.VMW) public CoresPerSocket coresPerSocket;
        /** The other RASD children clients send back (Caption, Reservation, ...): accepted, not used. */
        @XmlAnyElement public List<Object> rest;
        @XmlElement(name = "Link", namespace = Ns.VCLOUD) public List<Link> link;

        public void hrefAndType(String href, String type) {
            attributes.put(HREF, href);
            attributes.put(TYPE, type);
        }
    }

    @XmlType(name = "CoresPerSocketType", namespace = Ns.VMW)
    public static class CoresPerSocket {
        @XmlAttribute(name = "required", namespace = Ns.OVF) public Boolean required;
        @XmlValue public Integer value;
    }

    /** A NIC's network (its text) and vCloud's addressing attributes. */
    @XmlType(name = "ConnectionType", namespace = Ns.RASD)
    public static class Connection {
        @XmlAnyAttribute public Map<QName, String> attributes = new HashMap<>();
        @XmlValue public String value;

        public void put(String vcloudAttribute, String value) {
            attributes.put(new QName(Ns.VCLOUD, vcloudAttribute, "vcloud"), value);
        }
    }

    /** A disk's HostResource, whose vcloud:capacity (MB) is the disk's size. */
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

        public void put(String vcloudAttribute, String value) {
            attributes.put(new QName(Ns.VCLOUD, vcloudAttribute, "vcloud"), value);
        }
    }
}
