package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** OrgType: the tenant view of an organization. */
@XmlRootElement(name = "Org")
@XmlType(name = "OrgType", propOrder = {"fullName", "isEnabled"})
public class Org extends Entity {
    @XmlElement(name = "FullName") public String fullName;
    @XmlElement(name = "IsEnabled") public Boolean isEnabled;
}
