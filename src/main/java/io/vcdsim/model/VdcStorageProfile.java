package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** VdcStorageProfile: storage a VDC offers its VMs and disks, with the limit set on it (0: none). */
@XmlRootElement(name = "VdcStorageProfile")
@XmlType(name = "VdcStorageProfileType", propOrder = {"enabled", "units", "limit", "isDefault", "iopsSettings"})
public class VdcStorageProfile extends Entity {
    @XmlElement(name = "Enabled") public Boolean enabled;
    @XmlElement(name = "Units") public String units;
    @XmlElement(name = "Limit") public Long limit;
    @XmlElement(name = "Default") public Boolean isDefault;
    @XmlElement(name = "IopsSettings") public IopsSettings iopsSettings;

    /** A profile's IOPS limits: none on the simulated datastores, which vCD shows as disabled settings of zero. */
    @XmlType(name = "VdcStorageProfileIopsSettingsType", propOrder = {"enabled", "diskIopsMax", "diskIopsDefault",
            "storageProfileIopsLimit", "diskIopsPerGbMax"})
    public static class IopsSettings {
        @XmlElement(name = "Enabled") public boolean enabled;
        @XmlElement(name = "DiskIopsMax") public long diskIopsMax;
        @XmlElement(name = "DiskIopsDefault") public long diskIopsDefault;
        @XmlElement(name = "StorageProfileIopsLimit") public long storageProfileIopsLimit;
        @XmlElement(name = "DiskIopsPerGbMax") public long diskIopsPerGbMax;
    }
}
