package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

/** VCloudType: the system administrator's root object ({@code /api/admin}). */
@XmlRootElement(name = "VCloud")
@XmlType(name = "VCloudType", propOrder = {"organizationReferences", "providerVdcReferences", "rightReferences",
        "roleReferences", "networks"})
public class VCloud extends Entity {
    @XmlElementWrapper(name = "OrganizationReferences") @XmlElement(name = "OrganizationReference")
    public List<Reference> organizationReferences = new ArrayList<>();
    @XmlElementWrapper(name = "ProviderVdcReferences") @XmlElement(name = "ProviderVdcReference")
    public List<Reference> providerVdcReferences = new ArrayList<>();
    @XmlElementWrapper(name = "RightReferences") @XmlElement(name = "RightReference")
    public List<Reference> rightReferences = new ArrayList<>();
    @XmlElementWrapper(name = "RoleReferences") @XmlElement(name = "RoleReference")
    public List<Reference> roleReferences = new ArrayList<>();
    @XmlElementWrapper(name = "Networks") @XmlElement(name = "Network")
    public List<Reference> networks = new ArrayList<>();
}
