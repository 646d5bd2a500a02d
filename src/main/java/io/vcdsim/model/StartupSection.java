package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAnyAttribute;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;

/**
 * ovf:StartupSection: how a vApp starts and stops its VMs, one Item per VM named by ovf:id. vCD adds its href
 * and type as vcloud: attributes and its links as vcloud:Link (pyvcloud reads them so).
 */
@XmlRootElement(name = "StartupSection", namespace = Ns.OVF)
@XmlType(name = "StartupSection_Type", namespace = Ns.OVF, propOrder = {"info", "item", "link"})
public class StartupSection {
    private static final QName HREF = new QName(Ns.VCLOUD, "href", "vcloud");
    private static final QName TYPE = new QName(Ns.VCLOUD, "type", "vcloud");
    /** vcloud:href and vcloud:type: declaring attributes in the vCloud namespace would prefix it everywhere. */
    @XmlAnyAttribute public Map<QName, String> attributes = new HashMap<>();
    @XmlAttribute(name = "required", namespace = Ns.OVF) public Boolean required;
    @XmlElement(name = "Info", namespace = Ns.OVF) public String info;
    @XmlElement(name = "Item", namespace = Ns.OVF) public List<Item> item = new ArrayList<>();
    @XmlElement(name = "Link", namespace = Ns.VCLOUD) public List<Link> link = new ArrayList<>();

    public void hrefAndType(String href, String type) {
        attributes.put(HREF, href);
        attributes.put(TYPE, type);
    }

    @XmlType(name = "StartupSectionItem", namespace = Ns.OVF)
    public static class Item {
        @XmlAttribute(name = "id", namespace = Ns.OVF) public String id;
        @XmlAttribute(name = "order", namespace = Ns.OVF) public Integer order;
        @XmlAttribute(name = "startAction", namespace = Ns.OVF) public String startAction;
        @XmlAttribute(name = "startDelay", namespace = Ns.OVF) public Integer startDelay;
        @XmlAttribute(name = "waitingForGuest", namespace = Ns.OVF) public Boolean waitingForGuest;
        @XmlAttribute(name = "stopAction", namespace = Ns.OVF) public String stopAction;
        @XmlAttribute(name = "stopDelay", namespace = Ns.OVF) public Integer stopDelay;
    }
}
