package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
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
    @XmlElementWrapper(name = "DiskSection") @XmlElement(name = "DiskSettings") public List<Disk> diskSection =
            new ArrayList<>();
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

    @XmlType(name = "DiskSettingsType", propOrder = {"diskId", "sizeMb", "storageProfile", "rest"})
    public static class Disk {
        @XmlElement(name = "DiskId") public String diskId;
        @XmlElement(name = "SizeMb") public Long sizeMb;
        @XmlElement(name = "StorageProfile") public Reference storageProfile;
        @jakarta.xml.bind.annotation.XmlAnyElement public List<Object> rest;
    }
}
