package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAnyAttribute;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.HashMap;
import java.util.Map;
import javax.xml.namespace.QName;

/** RuntimeInfoSection: what the running VM reports; the VMware Tools version vCD shows when tools are current. */
@XmlRootElement(name = "RuntimeInfoSection")
@XmlType(name = "RuntimeInfoSectionType", propOrder = {"info", "vmwareTools"})
public class RuntimeInfoSection {
    @XmlAnyAttribute public Map<QName, String> attributes = new HashMap<>();
    @XmlElement(name = "Info", namespace = Ns.OVF) public String info;
    @XmlElement(name = "VMWareTools") public Tools vmwareTools;

    @XmlType(name = "VMWareToolsType")
    public static class Tools {
        @XmlAttribute public String version;
    }

    public void hrefAndType(String href, String type) {
        attributes.put(VirtualHardwareSection.HREF, href);
        attributes.put(VirtualHardwareSection.TYPE, type);
    }
}
