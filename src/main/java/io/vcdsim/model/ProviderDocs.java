package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

/** The provider side as a system administrator reads it: a provider VDC, its storage profile, a network pool. */
public final class ProviderDocs {
    private ProviderDocs() {
    }

    /** ProviderVdc: {@code /api/admin/providervdc/{id}}. */
    @XmlRootElement(name = "ProviderVdc")
    @XmlType(name = "ProviderVdcType", propOrder = {"computeCapacity", "availableNetworks", "storageProfiles", "vdcs",
        "isEnabled", "networkPoolReferences"})
    public static class ProviderVdc extends Entity {
        @XmlAttribute public Integer status;
        @XmlElement(name = "ComputeCapacity") public RootComputeCapacity computeCapacity;
        /** The external networks its org VDCs' networks may connect to (pyvcloud's extnet list_provider_vdc). */
        @XmlElementWrapper(name = "AvailableNetworks") @XmlElement(name = "Network")
        public List<Reference> availableNetworks = new ArrayList<>();
        @XmlElementWrapper(name = "StorageProfiles") @XmlElement(name = "ProviderVdcStorageProfile")
        public List<Reference> storageProfiles = new ArrayList<>();
        @XmlElementWrapper(name = "Vdcs") @XmlElement(name = "Vdc") public List<Reference> vdcs = new ArrayList<>();
        @XmlElement(name = "IsEnabled") public Boolean isEnabled;
        @XmlElementWrapper(name = "NetworkPoolReferences") @XmlElement(name = "NetworkPoolReference")
        public List<Reference> networkPoolReferences = new ArrayList<>();
    }

    /** What a provider VDC's resource pools offer (Total), what its org VDCs take of it (Allocation), and use. */
    @XmlType(name = "RootComputeCapacityType", propOrder = {"cpu", "memory", "isElastic", "isHA"})
    public static class RootComputeCapacity {
        @XmlElement(name = "Cpu") public Capacity cpu;
        @XmlElement(name = "Memory") public Capacity memory;
        @XmlElement(name = "IsElastic") public Boolean isElastic;
        @XmlElement(name = "IsHA") public Boolean isHA;

        @XmlType(name = "ProviderVdcCapacityType", propOrder = {"units", "allocation", "reserved", "total", "used",
            "overhead"})
        public static class Capacity {
            @XmlElement(name = "Units") public String units;
            @XmlElement(name = "Allocation") public Long allocation;
            @XmlElement(name = "Reserved") public Long reserved;
            @XmlElement(name = "Total") public Long total;
            @XmlElement(name = "Used") public Long used;
            @XmlElement(name = "Overhead") public Long overhead;

            public Capacity() {
            }

            /** A simulated VM does no work: nothing is used, reserved or spent on overhead. */
            public Capacity(String units, long allocation, long total) {
                this.units = units;
                this.allocation = allocation;
                this.reserved = 0L;
                this.total = total;
                this.used = 0L;
                this.overhead = 0L;
            }
        }
    }

    /** ProviderVdcStorageProfile: {@code /api/admin/pvdcStorageProfile/{id}}. */
    @XmlRootElement(name = "ProviderVdcStorageProfile")
    @XmlType(name = "ProviderVdcStorageProfileType", propOrder = {"enabled", "units", "capacityTotal",
            "capacityUsed"})
    public static class StorageProfile extends Entity {
        @XmlElement(name = "Enabled") public Boolean enabled;
        @XmlElement(name = "Units") public String units;
        @XmlElement(name = "CapacityTotal") public Long capacityTotal;
        @XmlElement(name = "CapacityUsed") public Long capacityUsed;
    }

    /** vmext:VMWNetworkPool: {@code /api/admin/extension/networkPool/{id}}. */
    @XmlRootElement(name = "VMWNetworkPool", namespace = Ns.VMEXT)
    @XmlType(name = "VMWNetworkPoolType", namespace = Ns.VMEXT, propOrder = {"poolType", "usage"})
    public static class NetworkPool extends Entity {
        @XmlAttribute public Integer status;
        @XmlElement(name = "PoolType", namespace = Ns.VMEXT) public String poolType;
        @XmlElement(name = "Usage", namespace = Ns.VMEXT) public Integer usage;
    }

    /** vmext:VMWVimServerReferences: the vCenter servers attached to the cloud. */
    @XmlRootElement(name = "VMWVimServerReferences", namespace = Ns.VMEXT)
    @XmlType(name = "VMWVimServerReferencesType", namespace = Ns.VMEXT, propOrder = {"vimServerReference"})
    public static class VimServerReferences extends Resource {
        @XmlElement(name = "VimServerReference", namespace = Ns.VMEXT)
        public List<Reference> vimServerReference = new ArrayList<>();
    }

    /** vmext:DatastoreReferences: the vCenter servers' datastores ({@code /api/admin/extension/datastores}). */
    @XmlRootElement(name = "DatastoreReferences", namespace = Ns.VMEXT)
    @XmlType(name = "DatastoreReferencesType", namespace = Ns.VMEXT, propOrder = {"reference"})
    public static class DatastoreReferences extends Resource {
        @XmlElement(name = "Reference", namespace = Ns.VCLOUD) public List<Reference> reference = new ArrayList<>();
    }

    /** vmext:Datastore: one datastore and what the VMs on it take ({@code /api/admin/extension/datastore/{id}}). */
    @XmlRootElement(name = "Datastore", namespace = Ns.VMEXT)
    @XmlType(name = "DatastoreType", namespace = Ns.VMEXT, propOrder = {"vimObjectRef", "enabled", "busy",
            "thresholdYellowGb", "thresholdRedGb", "datastoreFsType", "vcDisplayName", "totalCapacityMb",
            "usedCapacityMb", "usedCapacityPercent", "provisionedSpaceMb", "requestedStorageMb"})
    public static class Datastore extends Entity {
        @XmlElement(name = "VimObjectRef", namespace = Ns.VMEXT) public VimObjectRef vimObjectRef;
        @XmlElement(name = "Enabled", namespace = Ns.VMEXT) public Boolean enabled;
        @XmlElement(name = "Busy", namespace = Ns.VMEXT) public Boolean busy;
        @XmlElement(name = "ThresholdYellowGb", namespace = Ns.VMEXT) public Integer thresholdYellowGb;
        @XmlElement(name = "ThresholdRedGb", namespace = Ns.VMEXT) public Integer thresholdRedGb;
        @XmlElement(name = "DatastoreFsType", namespace = Ns.VMEXT) public String datastoreFsType;
        @XmlElement(name = "VcDisplayName", namespace = Ns.VMEXT) public String vcDisplayName;
        @XmlElement(name = "TotalCapacityMb", namespace = Ns.VMEXT) public Long totalCapacityMb;
        @XmlElement(name = "UsedCapacityMb", namespace = Ns.VMEXT) public Long usedCapacityMb;
        @XmlElement(name = "UsedCapacityPercent", namespace = Ns.VMEXT) public Integer usedCapacityPercent;
        @XmlElement(name = "ProvisionedSpaceMb", namespace = Ns.VMEXT) public Long provisionedSpaceMb;
        @XmlElement(name = "RequestedStorageMb", namespace = Ns.VMEXT) public Long requestedStorageMb;
    }

    /** RelocateParams: the datastore a VM is to move to ({@code action/relocate}). */
    @XmlRootElement(name = "RelocateParams")
    @XmlType(name = "RelocateParamsType", propOrder = {"datastore", "rest"})
    public static class RelocateParams {
        @XmlElement(name = "Datastore") public Reference datastore;
        /** A storage profile and the like: taken, not used. */
        @XmlAnyElement public List<Object> rest;
    }

    /** vmext:VimServer: one vCenter server, as {@code /api/admin/extension/vimServer/{id}} shows it. */
    @XmlRootElement(name = "VimServer", namespace = Ns.VMEXT)
    @XmlType(name = "VimServerType", namespace = Ns.VMEXT, propOrder = {"username", "password", "url", "isEnabled",
            "isConnected", "useVsphereService", "version", "uuid"})
    public static class VimServer extends Entity {
        @XmlElement(name = "Username", namespace = Ns.VMEXT) public String username;
        /** Taken when a server is registered; never shown. */
        @XmlElement(name = "Password", namespace = Ns.VMEXT) public String password;
        @XmlElement(name = "Url", namespace = Ns.VMEXT) public String url;
        @XmlElement(name = "IsEnabled", namespace = Ns.VMEXT) public Boolean isEnabled;
        @XmlElement(name = "IsConnected", namespace = Ns.VMEXT) public Boolean isConnected;
        @XmlElement(name = "UseVsphereService", namespace = Ns.VMEXT) public Boolean useVsphereService;
        @XmlElement(name = "Version", namespace = Ns.VMEXT) public String version;
        @XmlElement(name = "Uuid", namespace = Ns.VMEXT) public String uuid;
    }
}
