package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.List;

/** AdminOrgType: the administrator's view of an organization, also the body of create and update. */
@XmlRootElement(name = "AdminOrg")
@XmlType(name = "AdminOrgType", propOrder = {"fullName", "isEnabled", "settings", "users", "catalogs", "vdcs",
        "networks", "roleReferences"})
public class AdminOrg extends Entity {
    @XmlElement(name = "FullName") public String fullName;
    @XmlElement(name = "IsEnabled") public Boolean isEnabled;
    @XmlElement(name = "Settings") public OrgSettings settings;
    @XmlElementWrapper(name = "Users") @XmlElement(name = "UserReference") public List<Reference> users;
    @XmlElementWrapper(name = "Catalogs") @XmlElement(name = "CatalogReference") public List<Reference> catalogs;
    @XmlElementWrapper(name = "Vdcs") @XmlElement(name = "Vdc") public List<Reference> vdcs;
    @XmlElementWrapper(name = "Networks") @XmlElement(name = "Network") public List<Reference> networks;
    @XmlElementWrapper(name = "RoleReferences") @XmlElement(name = "RoleReference") public List<Reference> roleReferences;
}
