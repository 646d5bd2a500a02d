package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlType;

import java.util.List;

/** VmSpecSection: a VM's hardware in vCD's own terms (CPUs, memory, disks); read, and PUT to change it. */
@jakarta.xml.bind.annotation.XmlRootElement(name = "VmSpecSection")
@XmlType(name = "VmSpecSectionType", propOrder = {"info", "osType", "numCpus", "numCoresPerSocket",
        "memoryResourceMb", "diskSection", "firmware", "rest"})
public class VmSpecSection {
    @XmlAttribute public String href;
    @XmlAttribute public String type;
    @XmlAttribute(namespace = Ns.OVF) public Boolean required;
    @XmlAttribute public Boolean modified;
    @XmlElement(name = "Info", namespace = Ns.OVF) public String info;
    @XmlElement(name = "OsType") public String osType;
    @XmlElement(name = "NumCpus") public Integer numCpus;
    @XmlElement(name = "NumCoresPerSocket") public Integer numCoresPerSocket;
    @XmlElement(name = "MemoryResourceMb") public Memory memoryResourceMb;
    /** Null when a body has no DiskSection: it then leaves the disks as they are. */
    @XmlElementWrapper(name = "DiskSection") @XmlElement(name = "DiskSettings") public List<Disk> diskSection;
    /** bios or efi (API 37.1). */
    @XmlElement(name = "Firmware") public String firmware;
    /** What clients send besides (CpuResourceMhz, MediaSection, HardwareVersion, ...): taken, not changed so. */
    @jakarta.xml.bind.annotation.XmlAnyElement public List<Object> rest;
    /** Go and pyvcloud spell the flag with a capital M: a change applies the section only when it is set. */
    @XmlAttribute(name = "Modified") public Boolean modifiedFlag;

    @XmlType(name = "CompoundResourceType", propOrder = {"configured", "rest"})
    public static class Memory {
        @XmlElement(name = "Configured") public Long configured;
        @jakarta.xml.bind.annotation.XmlAnyElement public List<Object> rest;
    }

    /** A disk: the VM's own (by DiskId; a new one has none) or an independent one attached (by Disk). */
    @XmlType(name = "DiskSettingsType", propOrder = {"diskId", "sizeMb", "unitNumber", "busNumber", "adapterType",
            "thinProvisioned", "disk", "storageProfile", "overrideVmDefault", "iopsAllocation", "virtualQuantity",
            "virtualQuantityUnit", "rest"})
    public static class Disk {
        @XmlElement(name = "DiskId") public String diskId;
        @XmlElement(name = "SizeMb") public Long sizeMb;
        @XmlElement(name = "UnitNumber") public Integer unitNumber;
        @XmlElement(name = "BusNumber") public Integer busNumber;
        /** The controller's code: 1 IDE, 3 LSI Logic, 4 LSI Logic SAS, 5 Paravirtual, 6 SATA, 7 NVMe. */
        @XmlElement(name = "AdapterType") public String adapterType;
        @XmlElement(name = "ThinProvisioned") public Boolean thinProvisioned;
        @XmlElement(name = "Disk") public Reference disk;
        @XmlElement(name = "StorageProfile") public Reference storageProfile;
        /** Whether StorageProfile is the disk's own rather than the VM's (vCD spells it with a small o). */
        @XmlElement(name = "overrideVmDefault") public Boolean overrideVmDefault;
        @XmlElement(name = "IopsAllocation") public Iops iopsAllocation;
        @XmlElement(name = "VirtualQuantity") public Long virtualQuantity;
        @XmlElement(name = "VirtualQuantityUnit") public String virtualQuantityUnit;
        @jakarta.xml.bind.annotation.XmlAnyElement public List<Object> rest;
    }

    @XmlType(name = "IopsResourceType", propOrder = {"reservation", "limit", "sharesLevel", "shares"})
    public static class Iops {
        @XmlElement(name = "Reservation") public Long reservation;
        @XmlElement(name = "Limit") public Long limit;
        @XmlElement(name = "SharesLevel") public String sharesLevel;
        @XmlElement(name = "Shares") public Long shares;
    }
}
