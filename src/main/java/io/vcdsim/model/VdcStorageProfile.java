package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** VdcStorageProfile: storage a VDC offers its VMs and disks, with the limit set on it (0: none). */
@XmlRootElement(name = "VdcStorageProfile")
@XmlType(name = "VdcStorageProfileType", propOrder = {"enabled", "units", "limit", "isDefault"})
public class VdcStorageProfile extends Entity {
    @XmlElement(name = "Enabled") public Boolean enabled;
    @XmlElement(name = "Units") public String units;
    @XmlElement(name = "Limit") public Long limit;
    @XmlElement(name = "Default") public Boolean isDefault;
}
