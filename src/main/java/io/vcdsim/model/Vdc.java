package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

/** VdcType (and, with the admin media type, AdminVdc): children in schema order. */
@XmlRootElement(name = "Vdc")
@XmlType(name = "VdcType", propOrder = {"allocationModel", "computeCapacity", "resourceEntities",
        "availableNetworks", "capabilities", "nicQuota", "networkQuota", "usedNetworkCount", "vmQuota", "isEnabled",
        "vdcStorageProfiles", "defaultComputePolicy", "maxComputePolicy", "vCpuInMhz2"})
public class Vdc extends Entity {
    @XmlAttribute public Integer status;
    @XmlElement(name = "AllocationModel") public String allocationModel;
    @XmlElement(name = "ComputeCapacity") public ComputeCapacity computeCapacity;
    @XmlElementWrapper(name = "ResourceEntities") @XmlElement(name = "ResourceEntity")
    public List<Reference> resourceEntities = new ArrayList<>();
    @XmlElementWrapper(name = "AvailableNetworks") @XmlElement(name = "Network")
    public List<Reference> availableNetworks = new ArrayList<>();
    @XmlElement(name = "Capabilities") public Capabilities capabilities;
    @XmlElement(name = "NicQuota") public Integer nicQuota;
    @XmlElement(name = "NetworkQuota") public Integer networkQuota;
    @XmlElement(name = "UsedNetworkCount") public Integer usedNetworkCount;
    @XmlElement(name = "VmQuota") public Integer vmQuota;
    @XmlElement(name = "IsEnabled") public Boolean isEnabled;
    @XmlElementWrapper(name = "VdcStorageProfiles") @XmlElement(name = "VdcStorageProfile")
    public List<Reference> vdcStorageProfiles = new ArrayList<>();
    /** The compute policy its VMs get unless told otherwise (a cloudapi reference). */
    @XmlElement(name = "DefaultComputePolicy") public Reference defaultComputePolicy;
    @XmlElement(name = "MaxComputePolicy") public Reference maxComputePolicy;
    @XmlElement(name = "VCpuInMhz2") public Long vCpuInMhz2;
}
