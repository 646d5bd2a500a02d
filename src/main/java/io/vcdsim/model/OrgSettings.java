package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** OrgSettingsType. Clients may send it empty on create; only the general settings are kept. */
@XmlType(name = "OrgSettingsType")
public class OrgSettings extends Resource {
    @XmlElement(name = "OrgGeneralSettings") public OrgGeneralSettings general;

    @XmlType(name = "OrgGeneralSettingsType", propOrder = {"canPublishCatalogs", "deployedVmQuota", "storedVmQuota",
            "useServerBootSequence", "delayAfterPowerOnSeconds"})
    public static class OrgGeneralSettings extends Resource {
        @XmlElement(name = "CanPublishCatalogs") public Boolean canPublishCatalogs;
        @XmlElement(name = "DeployedVMQuota") public Integer deployedVmQuota;
        @XmlElement(name = "StoredVmQuota") public Integer storedVmQuota;
        @XmlElement(name = "UseServerBootSequence") public Boolean useServerBootSequence;
        @XmlElement(name = "DelayAfterPowerOnSeconds") public Integer delayAfterPowerOnSeconds;
    }
}
