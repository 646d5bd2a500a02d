package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

/** Provider-side documents: CreateVdcParams, and the network pool list of the extension root. */
public final class ProviderParams {
    private ProviderParams() {
    }

    /** CreateVdcParams: what vcdsim reads to create a VDC (the rest is accepted and ignored). */
    @XmlRootElement(name = "CreateVdcParams")
    @XmlType(name = "CreateVdcParamsType", propOrder = {"description", "allocationModel", "computeCapacity",
            "nicQuota", "networkQuota", "vmQuota", "isEnabled", "vdcStorageProfiles", "resourceGuaranteedMemory", "resourceGuaranteedCpu",
            "vCpuInMhz", "isThinProvision", "providerVdcReference", "usesFastProvisioning", "overCommitAllowed",
            "vmDiscoveryEnabled",
            "isElastic", "includeMemoryOverhead", "rest"})
    public static class CreateVdc {
        @XmlAttribute public String name;
        @XmlElement(name = "Description") public String description;
        @XmlElement(name = "AllocationModel") public String allocationModel;
        @XmlElement(name = "ComputeCapacity") public ComputeCapacity computeCapacity;
        @XmlElement(name = "NicQuota") public Integer nicQuota;
        @XmlElement(name = "NetworkQuota") public Integer networkQuota;
        @XmlElement(name = "VmQuota") public Integer vmQuota;
        @XmlElement(name = "IsEnabled") public Boolean isEnabled;
        /** VdcStorageProfileParams: the same elements as an AdminVdcStorageProfile's. */
        @XmlElement(name = "VdcStorageProfile") public List<AdminVdcStorageProfile> vdcStorageProfiles;
        @XmlElement(name = "ResourceGuaranteedMemory") public Double resourceGuaranteedMemory;
        @XmlElement(name = "ResourceGuaranteedCpu") public Double resourceGuaranteedCpu;
        @XmlElement(name = "VCpuInMhz") public Long vCpuInMhz;
        @XmlElement(name = "IsThinProvision") public Boolean isThinProvision;
        @XmlElement(name = "ProviderVdcReference") public Reference providerVdcReference;
        @XmlElement(name = "UsesFastProvisioning") public Boolean usesFastProvisioning;
        @XmlElement(name = "OverCommitAllowed") public Boolean overCommitAllowed;
        @XmlElement(name = "VmDiscoveryEnabled") public Boolean vmDiscoveryEnabled;
        @XmlElement(name = "IsElastic") public Boolean isElastic;
        @XmlElement(name = "IncludeMemoryOverhead") public Boolean includeMemoryOverhead;
        @XmlAnyElement public List<Object> rest;
    }

    /** vmext:VMWNetworkPoolReferences. */
    @XmlRootElement(name = "VMWNetworkPoolReferences", namespace = Ns.VMEXT)
    @XmlType(name = "VMWNetworkPoolReferencesType", namespace = Ns.VMEXT, propOrder = {"networkPoolReference"})
    public static class NetworkPools extends Resource {
        @XmlElement(name = "NetworkPoolReference", namespace = Ns.VMEXT)
        public List<Reference> networkPoolReference = new ArrayList<>();
    }
}
