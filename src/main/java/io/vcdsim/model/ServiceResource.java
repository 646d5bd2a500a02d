package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** vmext:ServiceResource: one resource of a resource class, by the service's own id, and the org it belongs to. */
@XmlRootElement(name = "ServiceResource", namespace = Ns.VMEXT)
@XmlType(name = "ServiceResourceType", namespace = Ns.VMEXT, propOrder = {"org", "externalObjectId"})
public class ServiceResource extends Entity {
    @XmlElement(name = "Org", namespace = Ns.VMEXT) public Reference org;
    @XmlElement(name = "ExternalObjectId", namespace = Ns.VMEXT) public String externalObjectId;
}
