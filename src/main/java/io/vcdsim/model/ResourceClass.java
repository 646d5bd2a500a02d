package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/**
 * vmext:ResourceClass: a type of resource an extension service serves. MimeType names it (a vCD type such as
 * application/vnd.vmware.admin.organization+xml, or the service's own); Nid and UrnPattern resolve its URNs.
 */
@XmlRootElement(name = "ResourceClass", namespace = Ns.VMEXT)
@XmlType(name = "ResourceClassType", namespace = Ns.VMEXT, propOrder = {"mimeType", "urlTemplate", "nid",
        "urnPattern"})
public class ResourceClass extends Entity {
    @XmlElement(name = "MimeType", namespace = Ns.VMEXT) public String mimeType;
    @XmlElement(name = "UrlTemplate", namespace = Ns.VMEXT) public String urlTemplate;
    @XmlElement(name = "Nid", namespace = Ns.VMEXT) public String nid;
    @XmlElement(name = "UrnPattern", namespace = Ns.VMEXT) public String urnPattern;
}
