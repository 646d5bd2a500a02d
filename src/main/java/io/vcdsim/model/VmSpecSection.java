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
        "memoryResourceMb", "diskSection"})
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

    @XmlType(name = "CompoundResourceType")
    public static class Memory {
        @XmlElement(name = "Configured") public Long configured;
    }

    @XmlType(name = "DiskSettingsType", propOrder = {"diskId", "sizeMb"})
    public static class Disk {
        @XmlElement(name = "DiskId") public String diskId;
        @XmlElement(name = "SizeMb") public Long sizeMb;
    }
}
