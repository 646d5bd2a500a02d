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

/** ovf:OperatingSystemSection: the guest OS a VM is set up for (vmw:osType), with vCD's href and type. */
@XmlRootElement(name = "OperatingSystemSection", namespace = Ns.OVF)
@XmlType(name = "OperatingSystemSection_Type", namespace = Ns.OVF, propOrder = {"info", "description", "link"})
public class OperatingSystemSection {
    /** vcloud:href and vcloud:type, kept among any attributes (see VirtualHardwareSection). */
    @XmlAnyAttribute public Map<QName, String> attributes = new HashMap<>();
    @XmlAttribute(name = "id", namespace = Ns.OVF) public Integer id;
    @XmlAttribute(name = "osType", namespace = Ns.VMW) public String osType;
    @XmlElement(name = "Info", namespace = Ns.OVF) public String info;
    @XmlElement(name = "Description", namespace = Ns.OVF) public String description;
    @XmlElement(name = "Link", namespace = Ns.VCLOUD) public List<Link> link = new ArrayList<>();

    public void hrefAndType(String href, String type) {
        attributes.put(VirtualHardwareSection.HREF, href);
        attributes.put(VirtualHardwareSection.TYPE, type);
    }
}
