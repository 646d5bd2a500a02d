package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/**
 * vmext:ServiceLink (AdminServiceLinkType): a Link an extension service adds to every representation of
 * ResourceType (or of the one entity ResourceId names); LinkHref may hold {baseUri} and {resourceId}.
 */
@XmlRootElement(name = "ServiceLink", namespace = Ns.VMEXT)
@XmlType(name = "AdminServiceLinkType", namespace = Ns.VMEXT, propOrder = {"linkHref", "mimeType", "rel",
        "resourceType", "resourceId", "externalResourceId"})
public class ServiceLink extends Resource {
    @XmlAttribute public String id;
    @XmlAttribute public String operationKey;
    @XmlElement(name = "LinkHref", namespace = Ns.VMEXT) public String linkHref;
    @XmlElement(name = "MimeType", namespace = Ns.VMEXT) public String mimeType;
    @XmlElement(name = "Rel", namespace = Ns.VMEXT) public String rel;
    @XmlElement(name = "ResourceType", namespace = Ns.VMEXT) public String resourceType;
    @XmlElement(name = "ResourceId", namespace = Ns.VMEXT) public String resourceId;
    @XmlElement(name = "ExternalResourceId", namespace = Ns.VMEXT) public String externalResourceId;
}
