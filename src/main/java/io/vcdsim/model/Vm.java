package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/**
 * Vm: one virtual machine of a vApp, with its power state, its hardware (VmSpecSection and the OVF
 * VirtualHardwareSection) and the sections vCD embeds, in vCD's order.
 */
@XmlRootElement(name = "Vm")
@XmlType(name = "VmType", propOrder = {"vmSpecSection", "virtualHardwareSection", "operatingSystemSection",
        "networkConnectionSection", "guestCustomizationSection", "runtimeInfoSection", "productSection", "dateCreated",
        "vAppScopedLocalId", "environment", "vmCapabilities", "storageProfile", "computePolicy", "bootOptions",
        "trustedPlatformModule", "replicationTrackingSettings", "replicationTrackingDiskSection", "rest"})
public class Vm extends ResourceEntity {
    @XmlAttribute public Boolean deployed;
    @XmlAttribute public Boolean needsCustomization;
    @XmlAttribute public Boolean nestedHypervisorEnabled;
    @XmlElement(name = "VmSpecSection") public VmSpecSection vmSpecSection;
    @XmlElement(name = "VirtualHardwareSection", namespace = Ns.OVF) public VirtualHardwareSection virtualHardwareSection;
    @XmlElement(name = "OperatingSystemSection", namespace = Ns.OVF) public OperatingSystemSection operatingSystemSection;
    @XmlElement(name = "NetworkConnectionSection") public NetworkConnectionSection networkConnectionSection;
    @XmlElement(name = "GuestCustomizationSection") public GuestCustomizationSection guestCustomizationSection;
    @XmlElement(name = "RuntimeInfoSection") public RuntimeInfoSection runtimeInfoSection;
    /** The VM's product sections (go-vcloud-director's SetOvf reads them here), when it has any. */
    @XmlElement(name = "ProductSection", namespace = Ns.OVF)
    public java.util.List<ProductSectionList.ProductSection> productSection;
    @XmlElement(name = "DateCreated") public String dateCreated;
    @XmlElement(name = "VAppScopedLocalId") public String vAppScopedLocalId;
    /** What its guest reads while it runs (the OVF environment). */
    @XmlElement(name = "Environment", namespace = Ns.OVFENV) public OvfEnvironment environment;
    @XmlElement(name = "VmCapabilities") public VmCapabilities vmCapabilities;
    @XmlElement(name = "StorageProfile") public Reference storageProfile;
    /** The VDC compute policies that size and place it (API 33.0+). */
    @XmlElement(name = "ComputePolicy") public ComputePolicy computePolicy;
    @XmlElement(name = "BootOptions") public BootOptions bootOptions;
    /** API 38.0: its TPM device, and for a replication tracking VM what it tracks. */
    @XmlElement(name = "TrustedPlatformModule") public VmTrustDocs.TrustedPlatformModule trustedPlatformModule;
    @XmlElement(name = "ReplicationTrackingSettings")
    public VmTrustDocs.ReplicationTrackingSettings replicationTrackingSettings;
    @XmlElement(name = "ReplicationTrackingDiskSection")
    public VmTrustDocs.ReplicationTrackingDiskSection replicationTrackingDiskSection;
    /** What a reconfigureVm body carries besides (product sections, snapshots, compute policy, ...): not changed so. */
    @XmlAnyElement public java.util.List<Object> rest;
}
