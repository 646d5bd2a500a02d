package io.vcdsim.model;

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
    @XmlType(name = "ProviderVdcType", propOrder = {"storageProfiles", "vdcs", "isEnabled", "networkPoolReferences"})
    public static class ProviderVdc extends Entity {
        @XmlAttribute public Integer status;
        @XmlElementWrapper(name = "StorageProfiles") @XmlElement(name = "ProviderVdcStorageProfile")
        public List<Reference> storageProfiles = new ArrayList<>();
        @XmlElementWrapper(name = "Vdcs") @XmlElement(name = "Vdc") public List<Reference> vdcs = new ArrayList<>();
        @XmlElement(name = "IsEnabled") public Boolean isEnabled;
        @XmlElementWrapper(name = "NetworkPoolReferences") @XmlElement(name = "NetworkPoolReference")
        public List<Reference> networkPoolReferences = new ArrayList<>();
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
}
