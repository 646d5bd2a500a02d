package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.List;

/**
 * OrgSettingsType: the general settings, the vApp and vApp template leases, the LDAP mode and the password policy,
 * in vCD's order. Each section is also a document of its own ({@code /api/admin/org/{id}/settings/general}, ...).
 */
@XmlRootElement(name = "OrgSettings")
@XmlType(name = "OrgSettingsType", propOrder = {"general", "vAppLease", "vAppTemplateLease", "ldap",
        "passwordPolicy", "notKept"})
public class OrgSettings extends Resource {
    @XmlElement(name = "OrgGeneralSettings") public OrgGeneralSettings general;
    @XmlElement(name = "VAppLeaseSettings") public VAppLeaseSettings vAppLease;
    @XmlElement(name = "VAppTemplateLeaseSettings") public VAppTemplateLeaseSettings vAppTemplateLease;
    @XmlElement(name = "OrgLdapSettings") public OrgLdapSettings ldap;
    @XmlElement(name = "OrgPasswordPolicySettings") public OrgPasswordPolicySettings passwordPolicy;
    /** Sections vcdsim takes but does not keep (OrgEmailSettings, ...): clients send them back. */
    @XmlAnyElement public List<Object> notKept;

    @XmlRootElement(name = "OrgGeneralSettings")
    @XmlType(name = "OrgGeneralSettingsType", propOrder = {"canPublishCatalogs", "canPublishExternally",
            "canSubscribe", "deployedVmQuota", "storedVmQuota", "useServerBootSequence", "delayAfterPowerOnSeconds"})
    public static class OrgGeneralSettings extends Resource {
        @XmlElement(name = "CanPublishCatalogs") public Boolean canPublishCatalogs;
        @XmlElement(name = "CanPublishExternally") public Boolean canPublishExternally;
        @XmlElement(name = "CanSubscribe") public Boolean canSubscribe;
        @XmlElement(name = "DeployedVMQuota") public Integer deployedVmQuota;
        @XmlElement(name = "StoredVmQuota") public Integer storedVmQuota;
        @XmlElement(name = "UseServerBootSequence") public Boolean useServerBootSequence;
        @XmlElement(name = "DelayAfterPowerOnSeconds") public Integer delayAfterPowerOnSeconds;
    }

    @XmlRootElement(name = "VAppLeaseSettings")
    @XmlType(name = "OrgLeaseSettingsType", propOrder = {"deleteOnStorageLeaseExpiration", "deploymentLeaseSeconds",
            "storageLeaseSeconds", "powerOffOnRuntimeLeaseExpiration"})
    public static class VAppLeaseSettings extends Resource {
        @XmlElement(name = "DeleteOnStorageLeaseExpiration") public Boolean deleteOnStorageLeaseExpiration;
        @XmlElement(name = "DeploymentLeaseSeconds") public Integer deploymentLeaseSeconds;
        @XmlElement(name = "StorageLeaseSeconds") public Integer storageLeaseSeconds;
        @XmlElement(name = "PowerOffOnRuntimeLeaseExpiration") public Boolean powerOffOnRuntimeLeaseExpiration;
    }

    @XmlRootElement(name = "VAppTemplateLeaseSettings")
    @XmlType(name = "OrgVAppTemplateLeaseSettingsType", propOrder = {"deleteOnStorageLeaseExpiration",
            "storageLeaseSeconds"})
    public static class VAppTemplateLeaseSettings extends Resource {
        @XmlElement(name = "DeleteOnStorageLeaseExpiration") public Boolean deleteOnStorageLeaseExpiration;
        @XmlElement(name = "StorageLeaseSeconds") public Integer storageLeaseSeconds;
    }

    /**
     * OrgLdapSettingsType. vcdsim has no LDAP: every org reads NONE, and what a client sends back (a mode, custom
     * settings) is taken and not kept. terraform's vcd_org update dereferences this section of the AdminOrg it read.
     */
    @XmlRootElement(name = "OrgLdapSettings")
    @XmlType(name = "OrgLdapSettingsType", propOrder = {"orgLdapMode", "customUsersOu", "notKept"})
    public static class OrgLdapSettings extends Resource {
        @XmlElement(name = "OrgLdapMode") public String orgLdapMode;
        @XmlElement(name = "CustomUsersOu") public String customUsersOu;
        @XmlAnyElement public List<Object> notKept;
    }
}
