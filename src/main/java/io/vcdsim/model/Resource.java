package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

/** ResourceType: href, type and the Link children every addressable representation carries. */
@XmlType(name = "ResourceType", propOrder = {"vCloudExtension", "link"})
public abstract class Resource {
    @XmlAttribute public String href;
    @XmlAttribute public String type;
    /** What vCD adds for system administrators (a VM's vCenter object); absent for everyone else. */
    @XmlElement(name = "VCloudExtension") public VCloudExtension vCloudExtension;
    @XmlElement(name = "Link") public List<Link> link;

    public void link(String rel, String href, String type) {
        link(new Link(rel, href, type));
    }

    public void link(Link l) {
        if (link == null) {
            link = new ArrayList<>();
        }
        link.add(l);
    }
}
