package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/**
 * AdminVdc: the system administrator's view of a VDC (and the body of its PUT), AdminVdcType's elements
 * after VdcType's, in schema order. UniversalNetworkPoolReference is not simulated.
 */
@XmlRootElement(name = "AdminVdc")
@XmlType(name = "AdminVdcType", propOrder = {"resourceGuaranteedMemory", "resourceGuaranteedCpu", "vCpuInMhz",
        "isThinProvision", "networkPoolReference", "providerVdcReference", "resourcePoolRefs", "usesFastProvisioning",
        "overCommitAllowed", "vmDiscoveryEnabled", "isElastic", "includeMemoryOverhead"})
public class AdminVdc extends Vdc {
    @XmlElement(name = "ResourceGuaranteedMemory") public Double resourceGuaranteedMemory;
    @XmlElement(name = "ResourceGuaranteedCpu") public Double resourceGuaranteedCpu;
    @XmlElement(name = "VCpuInMhz") public Long vCpuInMhz;
    @XmlElement(name = "IsThinProvision") public Boolean isThinProvision;
    @XmlElement(name = "NetworkPoolReference") public Reference networkPoolReference;
    @XmlElement(name = "ProviderVdcReference") public Reference providerVdcReference;
    /** The resource pools the VDC's VMs run in (a system administrator's to see; a PUT cannot change them). */
    @XmlElement(name = "ResourcePoolRefs") public ProviderInventory.VimObjectRefs resourcePoolRefs;
    @XmlElement(name = "UsesFastProvisioning") public Boolean usesFastProvisioning;
    @XmlElement(name = "OverCommitAllowed") public Boolean overCommitAllowed;
    @XmlElement(name = "VmDiscoveryEnabled") public Boolean vmDiscoveryEnabled;
    @XmlElement(name = "IsElastic") public Boolean isElastic;
    @XmlElement(name = "IncludeMemoryOverhead") public Boolean includeMemoryOverhead;
}
