package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

/**
 * The system administrator's view of what a provider VDC stands on (the vmext namespace): the provider VDC as the
 * extension shows it, its resource pools, the vCenter's free pools and storage profiles, and the requests that
 * change them.
 */
public final class ProviderInventory {
    private ProviderInventory() {
    }

    /**
     * vmext:VMWProviderVdc. What it inherits (Description, StorageProfiles, IsEnabled...) stays in the vcloud
     * namespace, as vCD writes it.
     */
    @XmlRootElement(name = "VMWProviderVdc", namespace = Ns.VMEXT)
    @XmlType(name = "VMWProviderVdcType", namespace = Ns.VMEXT, propOrder = {"computeProviderScope", "dataStoreRefs",
        "highestSupportedHardwareVersion", "hostReferences", "networkProviderScope", "nsxTManagerReference",
        "resourcePoolRefs", "vimServer"})
    public static class VmwProviderVdc extends ProviderDocs.ProviderVdc {
        /** Where its compute comes from, as tenants see it; vCD's default is the vCenter's name. */
        @XmlElement(name = "ComputeProviderScope", namespace = Ns.VMEXT) public String computeProviderScope;
        @XmlElementWrapper(name = "DataStoreRefs", namespace = Ns.VMEXT)
        @XmlElement(name = "VimObjectRef", namespace = Ns.VMEXT)
        public List<VimObjectRef> dataStoreRefs = new ArrayList<>();
        @XmlElement(name = "HighestSupportedHardwareVersion", namespace = Ns.VMEXT)
        public String highestSupportedHardwareVersion;
        @XmlElementWrapper(name = "HostReferences", namespace = Ns.VMEXT)
        @XmlElement(name = "HostReference", namespace = Ns.VMEXT) public List<Reference> hostReferences =
                new ArrayList<>();
        @XmlElement(name = "NetworkProviderScope", namespace = Ns.VMEXT) public String networkProviderScope;
        /** The NSX-T manager of an NSX-T provider VDC (one on a GENEVE pool); none for an NSX-V one. */
        @XmlElement(name = "NsxTManagerReference", namespace = Ns.VMEXT) public Reference nsxTManagerReference;
        @XmlElementWrapper(name = "ResourcePoolRefs", namespace = Ns.VMEXT)
        @XmlElement(name = "VimObjectRef", namespace = Ns.VMEXT)
        public List<VimObjectRef> resourcePoolRefs = new ArrayList<>();
        @XmlElement(name = "VimServer", namespace = Ns.VMEXT) public List<Reference> vimServer = new ArrayList<>();
    }

    @XmlRootElement(name = "VMWProviderVdcResourcePoolSet", namespace = Ns.VMEXT)
    @XmlType(name = "VMWProviderVdcResourcePoolSetType", namespace = Ns.VMEXT, propOrder = {"pools"})
    public static class ResourcePoolSet extends Resource {
        @XmlElement(name = "VMWProviderVdcResourcePool", namespace = Ns.VMEXT)
        public List<PvdcResourcePool> pools = new ArrayList<>();
    }

    /** One resource pool of a provider VDC; ResourcePoolRef is its own href, as the Guide's examples write it. */
    @XmlRootElement(name = "VMWProviderVdcResourcePool", namespace = Ns.VMEXT)
    @XmlType(name = "VMWProviderVdcResourcePoolType", namespace = Ns.VMEXT, propOrder = {"resourcePoolVimObjectRef",
        "resourcePoolRef", "enabled", "cpuReservationUsed", "cpuMaxUsage", "memReservationUsed", "memMaxUsage"})
    public static class PvdcResourcePool extends Resource {
        @XmlAttribute public Boolean primary;
        @XmlElement(name = "ResourcePoolVimObjectRef", namespace = Ns.VMEXT)
        public VimObjectRef resourcePoolVimObjectRef;
        @XmlElement(name = "ResourcePoolRef", namespace = Ns.VMEXT) public Reference resourcePoolRef;
        @XmlElement(name = "Enabled", namespace = Ns.VMEXT) public Boolean enabled;
        @XmlElement(name = "CpuReservationUsed", namespace = Ns.VMEXT) public Long cpuReservationUsed;
        @XmlElement(name = "CpuMaxUsage", namespace = Ns.VMEXT) public Long cpuMaxUsage;
        @XmlElement(name = "MemReservationUsed", namespace = Ns.VMEXT) public Long memReservationUsed;
        @XmlElement(name = "MemMaxUsage", namespace = Ns.VMEXT) public Long memMaxUsage;
    }

    /** The vCenter's resource pools that back no VDC yet. */
    @XmlRootElement(name = "ResourcePoolList", namespace = Ns.VMEXT)
    @XmlType(name = "ResourcePoolListType", namespace = Ns.VMEXT, propOrder = {"resourcePool"})
    public static class ResourcePoolList extends Resource {
        @XmlElement(name = "ResourcePool", namespace = Ns.VMEXT) public List<VimResourcePool> resourcePool =
                new ArrayList<>();
    }

    @XmlType(name = "ResourcePoolType", namespace = Ns.VMEXT, propOrder = {"moRef", "vimObjectType"})
    public static class VimResourcePool extends Entity {
        @XmlElement(name = "MoRef", namespace = Ns.VMEXT) public String moRef;
        @XmlElement(name = "VimObjectType", namespace = Ns.VMEXT) public String vimObjectType;
    }

    /** vCenter storage profiles a provider VDC can add. */
    @XmlRootElement(name = "VMWStorageProfiles", namespace = Ns.VMEXT)
    @XmlType(name = "VMWStorageProfilesType", namespace = Ns.VMEXT, propOrder = {"profiles"})
    public static class StorageProfiles extends Resource {
        @XmlElement(name = "VMWStorageProfile", namespace = Ns.VMEXT) public List<VimStorageProfile> profiles =
                new ArrayList<>();
    }

    @XmlType(name = "VMWStorageProfileType", namespace = Ns.VMEXT, propOrder = {"moRef", "vimObjectType",
        "freeStorageMb", "totalStorageMb", "dataStoreRefs"})
    public static class VimStorageProfile {
        @XmlAttribute public String name;
        @XmlElement(name = "MoRef", namespace = Ns.VMEXT) public String moRef;
        @XmlElement(name = "VimObjectType", namespace = Ns.VMEXT) public String vimObjectType;
        @XmlElement(name = "FreeStorageMb", namespace = Ns.VMEXT) public Double freeStorageMb;
        @XmlElement(name = "TotalStorageMb", namespace = Ns.VMEXT) public Double totalStorageMb;
        @XmlElementWrapper(name = "DataStoreRefs", namespace = Ns.VMEXT)
        @XmlElement(name = "VimObjectRef", namespace = Ns.VMEXT)
        public List<VimObjectRef> dataStoreRefs = new ArrayList<>();
    }

    /** A provider VDC storage profile as the extension takes it to enable or disable it. */
    @XmlRootElement(name = "VMWProviderVdcStorageProfile", namespace = Ns.VMEXT)
    @XmlType(name = "VMWProviderVdcStorageProfileType", namespace = Ns.VMEXT)
    public static class VmwStorageProfile extends ProviderDocs.StorageProfile {
    }

    /** Resource pools to add (by vCenter object) and to remove (by their resourcePool href). */
    @XmlRootElement(name = "UpdateResourcePoolSetParams", namespace = Ns.VMEXT)
    @XmlType(name = "UpdateResourcePoolSetParamsType", namespace = Ns.VMEXT, propOrder = {"addItem", "deleteItem"})
    public static class UpdateResourcePoolSetParams extends Resource {
        @XmlElement(name = "AddItem", namespace = Ns.VMEXT) public List<VimObjectRef> addItem;
        @XmlElement(name = "DeleteItem", namespace = Ns.VMEXT) public List<Reference> deleteItem;
    }

    /** Storage profiles to add (by name) and to remove (by their pvdcStorageProfile href). */
    @XmlRootElement(name = "UpdateProviderVdcStorageProfiles", namespace = Ns.VMEXT)
    @XmlType(name = "UpdateProviderVdcStorageProfilesParamsType", namespace = Ns.VMEXT,
            propOrder = {"addStorageProfile", "removeStorageProfile"})
    public static class UpdateStorageProfiles extends Resource {
        @XmlElement(name = "AddStorageProfile", namespace = Ns.VMEXT) public List<String> addStorageProfile;
        @XmlElement(name = "RemoveStorageProfile", namespace = Ns.VMEXT) public List<Reference> removeStorageProfile;
    }

    /** VMs to move out of a resource pool, and where to (none: vCD chooses). */
    @XmlRootElement(name = "MigrateParams", namespace = Ns.VMEXT)
    @XmlType(name = "MigrateParamsType", namespace = Ns.VMEXT, propOrder = {"vmRef", "resourcePoolRef"})
    public static class MigrateParams {
        @XmlElement(name = "VmRef", namespace = Ns.VMEXT) public List<Reference> vmRef;
        @XmlElement(name = "ResourcePoolRef", namespace = Ns.VMEXT) public VimObjectRef resourcePoolRef;
    }

    /** A vCenter server to register, and the NSX manager that comes with it (taken, not simulated). */
    @XmlRootElement(name = "RegisterVimServerParams", namespace = Ns.VMEXT)
    @XmlType(name = "RegisterVimServerParamsType", namespace = Ns.VMEXT, propOrder = {"vimServer", "rest"})
    public static class RegisterVimServerParams extends Resource {
        @XmlElement(name = "VimServer", namespace = Ns.VMEXT) public ProviderDocs.VimServer vimServer;
        @XmlAnyElement public List<Object> rest;
    }

    @XmlRootElement(name = "VMWHostReferences", namespace = Ns.VMEXT)
    @XmlType(name = "VMWHostReferencesType", namespace = Ns.VMEXT, propOrder = {"hostReference"})
    public static class HostReferences extends Resource {
        @XmlElement(name = "HostReference", namespace = Ns.VMEXT) public List<Reference> hostReference =
                new ArrayList<>();
    }

    /** An ESXi host of a registered vCenter, read-only but for enable and disable. */
    @XmlRootElement(name = "Host", namespace = Ns.VMEXT)
    @XmlType(name = "HostType", namespace = Ns.VMEXT, propOrder = {"ready", "available", "enabled", "busy",
        "enableHostForHostSpanning", "cpuType", "numOfCpusPackages", "numOfCpusLogical", "cpuTotal", "memUsed",
        "memTotal", "hostOsName", "hostOsVersion", "systemName"})
    public static class Host extends Entity {
        @XmlElement(name = "Ready", namespace = Ns.VMEXT) public Boolean ready;
        @XmlElement(name = "Available", namespace = Ns.VMEXT) public Boolean available;
        @XmlElement(name = "Enabled", namespace = Ns.VMEXT) public Boolean enabled;
        @XmlElement(name = "Busy", namespace = Ns.VMEXT) public Boolean busy;
        @XmlElement(name = "EnableHostForHostSpanning", namespace = Ns.VMEXT) public Boolean enableHostForHostSpanning;
        @XmlElement(name = "CpuType", namespace = Ns.VMEXT) public String cpuType;
        @XmlElement(name = "NumOfCpusPackages", namespace = Ns.VMEXT) public Integer numOfCpusPackages;
        @XmlElement(name = "NumOfCpusLogical", namespace = Ns.VMEXT) public Integer numOfCpusLogical;
        @XmlElement(name = "CpuTotal", namespace = Ns.VMEXT) public Long cpuTotal;
        @XmlElement(name = "MemUsed", namespace = Ns.VMEXT) public Long memUsed;
        @XmlElement(name = "MemTotal", namespace = Ns.VMEXT) public Long memTotal;
        @XmlElement(name = "HostOsName", namespace = Ns.VMEXT) public String hostOsName;
        @XmlElement(name = "HostOsVersion", namespace = Ns.VMEXT) public String hostOsVersion;
        @XmlElement(name = "SystemName", namespace = Ns.VMEXT) public String systemName;
    }

    /**
     * A provider VDC to make, as pyvcloud's create_provider_vdc and go-vcloud-director's ProviderVdcCreation write it:
     * its NSX-T manager and network pool by reference.
     */
    @XmlRootElement(name = "VMWProviderVdcParams", namespace = Ns.VMEXT)
    @XmlType(name = "VMWProviderVdcParamsType", namespace = Ns.VMEXT, propOrder = {"resourcePoolRefs", "vimServer",
        "highestSupportedHardwareVersion", "isEnabled", "storageProfile", "nsxTManagerReference", "networkPool",
        "autoCreateNetworkPool", "rest"})
    public static class ProviderVdcParams extends Entity {
        @XmlElement(name = "ResourcePoolRefs", namespace = Ns.VMEXT) public VimObjectRefs resourcePoolRefs;
        @XmlElement(name = "VimServer", namespace = Ns.VMEXT) public List<Reference> vimServer;
        @XmlElement(name = "HighestSupportedHardwareVersion", namespace = Ns.VMEXT)
        public String highestSupportedHardwareVersion;
        @XmlElement(name = "IsEnabled", namespace = Ns.VMEXT) public Boolean isEnabled;
        @XmlElement(name = "StorageProfile", namespace = Ns.VMEXT) public List<String> storageProfile;
        @XmlElement(name = "NsxTManagerReference", namespace = Ns.VMEXT) public Reference nsxTManagerReference;
        @XmlElement(name = "NetworkPool", namespace = Ns.VMEXT) public Reference networkPool;
        @XmlElement(name = "AutoCreateNetworkPool", namespace = Ns.VMEXT) public Boolean autoCreateNetworkPool;
        @XmlAnyElement public List<Object> rest;
    }

    /** vmext:VimObjectRefsType: in JSON an object with a {@code vimObjectRef} list, as go-vcloud-director sends it. */
    @XmlType(name = "VimObjectRefsType", namespace = Ns.VMEXT, propOrder = {"vimObjectRef"})
    public static class VimObjectRefs {
        @XmlElement(name = "VimObjectRef", namespace = Ns.VMEXT) public List<VimObjectRef> vimObjectRef;
    }

    /** The provider VDCs to merge into the one the request names. */
    @XmlRootElement(name = "ProviderVdcMergeParams", namespace = Ns.VMEXT)
    @XmlType(name = "ProviderVdcMergeParamsType", namespace = Ns.VMEXT, propOrder = {"providerVdcReference"})
    public static class MergeParams extends Resource {
        @XmlElement(name = "ProviderVdcReference", namespace = Ns.VCLOUD) public List<Reference> providerVdcReference;
    }

    /** A resource pool's cluster's VM groups. */
    @XmlRootElement(name = "VMWVmGroups", namespace = Ns.VMEXT)
    @XmlType(name = "VMWVmGroupsType", namespace = Ns.VMEXT, propOrder = {"vmGroup"})
    public static class VmGroups extends Resource {
        @XmlElement(name = "VmGroup", namespace = Ns.VMEXT) public List<DrsGroup> vmGroup = new ArrayList<>();
    }

    /** A resource pool's cluster's host groups. */
    @XmlRootElement(name = "VMWHostGroups", namespace = Ns.VMEXT)
    @XmlType(name = "VMWHostGroupsType", namespace = Ns.VMEXT, propOrder = {"hostGroup"})
    public static class HostGroups extends Resource {
        @XmlElement(name = "HostGroup", namespace = Ns.VMEXT) public List<DrsGroup> hostGroup = new ArrayList<>();
    }

    /** A VM group (VMWVmGroup) or host group (VMWHostGroup) of a cluster: a name, and links. */
    @XmlRootElement(name = "VMWVmGroup", namespace = Ns.VMEXT)
    @XmlType(name = "VMWVmGroupType", namespace = Ns.VMEXT)
    public static class DrsGroup extends Entity {
    }

    @XmlRootElement(name = "VMWVmHostAffinityRules", namespace = Ns.VMEXT)
    @XmlType(name = "VMWVmHostAffinityRulesType", namespace = Ns.VMEXT, propOrder = {"rule"})
    public static class HostRules extends Resource {
        @XmlElement(name = "VmHostAffinityRule", namespace = Ns.VMEXT) public List<HostRule> rule = new ArrayList<>();
    }

    /** A VM-Host affinity rule: the VMs of a VM group on (Affinity) or off (Anti-Affinity) a host group's hosts. */
    @XmlRootElement(name = "VMWVmHostAffinityRule", namespace = Ns.VMEXT)
    @XmlType(name = "VMWVmHostAffinityRuleType", namespace = Ns.VMEXT, propOrder = {"name", "isEnabled",
        "isMandatory", "polarity", "hostGroupName", "vmGroupName"})
    public static class HostRule extends Resource {
        @XmlAttribute public String id;
        @XmlElement(name = "Name", namespace = Ns.VMEXT) public String name;
        @XmlElement(name = "IsEnabled", namespace = Ns.VMEXT) public Boolean isEnabled;
        @XmlElement(name = "IsMandatory", namespace = Ns.VMEXT) public Boolean isMandatory;
        @XmlElement(name = "Polarity", namespace = Ns.VCLOUD) public String polarity;
        @XmlElement(name = "HostGroupName", namespace = Ns.VMEXT) public String hostGroupName;
        @XmlElement(name = "VmGroupName", namespace = Ns.VMEXT) public String vmGroupName;
    }

    /** Orgs whose VMs move from some datastores (none named: any) to others. */
    @XmlRootElement(name = "TenantMigrationParams", namespace = Ns.VMEXT)
    @XmlType(name = "TenantMigrationParamsType", namespace = Ns.VMEXT, propOrder = {"description", "orgs",
        "sourceDatastores", "targetDatastores", "rest"})
    public static class TenantMigrationParams {
        @XmlAttribute public String name;
        @XmlElement(name = "Description", namespace = Ns.VMEXT) public String description;
        @XmlElementWrapper(name = "orgs", namespace = Ns.VCLOUD) @XmlElement(name = "Org", namespace = Ns.VCLOUD)
        public List<Reference> orgs;
        @XmlElementWrapper(name = "sourceDatastores", namespace = Ns.VMEXT)
        @XmlElement(name = "Datastore", namespace = Ns.VCLOUD)
        public List<Reference> sourceDatastores;
        @XmlElementWrapper(name = "targetDatastores", namespace = Ns.VMEXT)
        @XmlElement(name = "Datastore", namespace = Ns.VCLOUD)
        public List<Reference> targetDatastores;
        @XmlAnyElement public List<Object> rest;
    }

    /** The VMs of a vCenter vCD does not manage yet. */
    @XmlRootElement(name = "VmObjectRefsList", namespace = Ns.VMEXT)
    @XmlType(name = "VmObjectRefsListType", namespace = Ns.VMEXT, propOrder = {"vmObjectRef"})
    public static class VmObjectRefsList extends Resource {
        @XmlAttribute public Integer page;
        @XmlAttribute public Integer pageSize;
        @XmlAttribute public Integer numberOfPages;
        @XmlElement(name = "VmObjectRef", namespace = Ns.VMEXT) public List<NamedVimObjectRef> vmObjectRef =
                new ArrayList<>();
    }

    @XmlType(name = "VmObjectRefType", namespace = Ns.VMEXT)
    public static class NamedVimObjectRef extends VimObjectRef {
        @XmlAttribute public String name;
    }

    /** A vCenter VM to import into a vApp, moved (sourceMove) or copied. */
    @XmlRootElement(name = "ImportVmIntoExistingVAppParams", namespace = Ns.VMEXT)
    @XmlType(name = "ImportVmIntoExistingVAppParamsType", namespace = Ns.VMEXT, propOrder = {"vmName",
        "vmDescription", "vAppScopedLocalId", "computerName", "vmMoRef", "vdcStorageProfile", "vApp", "rest"})
    public static class ImportVmParams {
        @XmlAttribute public Boolean sourceMove;
        @XmlElement(name = "VmName", namespace = Ns.VMEXT) public String vmName;
        @XmlElement(name = "VmDescription", namespace = Ns.VMEXT) public String vmDescription;
        @XmlElement(name = "VAppScopedLocalId", namespace = Ns.VMEXT) public String vAppScopedLocalId;
        @XmlElement(name = "ComputerName", namespace = Ns.VMEXT) public String computerName;
        @XmlElement(name = "VmMoRef", namespace = Ns.VMEXT) public String vmMoRef;
        @XmlElement(name = "VdcStorageProfile", namespace = Ns.VCLOUD) public Reference vdcStorageProfile;
        @XmlElement(name = "VApp", namespace = Ns.VCLOUD) public Reference vApp;
        @XmlAnyElement public List<Object> rest;
    }

    /** vmext:VSphereWebClientUrl: where the vSphere Web Client shows an object of a vCenter. */
    @XmlRootElement(name = "VSphereWebClientUrl", namespace = Ns.VMEXT)
    @XmlType(name = "VSphereWebClientUrlType", namespace = Ns.VMEXT)
    public static class VSphereWebClientUrl {
        @XmlElement(name = "URL", namespace = Ns.VMEXT) public String url;
    }
}
