package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.XmlValue;

import java.util.ArrayList;
import java.util.List;

/** VirtualHardwareVersion: what a VDC's hardware version offers, and the guest operating systems it runs. */
@XmlRootElement(name = "VirtualHardwareVersion")
@XmlType(name = "VirtualHardwareVersionType", propOrder = {"name", "maxCoresPerSocket", "supportedOperatingSystems",
        "maxCPUs", "maxMemorySizeMb", "maxNICs", "supportsNestedHV", "supportsHotPlugPCI", "supportsHotAdd"})
public class VirtualHardwareVersion extends Resource {
    @XmlAttribute public String id;
    @XmlElement(name = "name") public String name;
    @XmlElement(name = "maxCoresPerSocket") public Integer maxCoresPerSocket;
    @XmlElement(name = "supportedOperatingSystems") public SupportedOperatingSystems supportedOperatingSystems;
    @XmlElement(name = "maxCPUs") public Integer maxCPUs;
    @XmlElement(name = "maxMemorySizeMb") public Long maxMemorySizeMb;
    @XmlElement(name = "maxNICs") public Integer maxNICs;
    @XmlElement(name = "supportsNestedHV") public Boolean supportsNestedHV;
    @XmlElement(name = "supportsHotPlugPCI") public Boolean supportsHotPlugPCI;
    @XmlElement(name = "supportsHotAdd") public Boolean supportsHotAdd;

    @XmlType(name = "SupportedOperatingSystemsInfoType")
    public static class SupportedOperatingSystems extends Resource {
        @XmlElement(name = "OperatingSystemFamilyInfo") public List<Family> families = new ArrayList<>();
    }

    @XmlType(name = "OperatingSystemFamilyInfoType", propOrder = {"name", "operatingSystemFamilyId", "systems"})
    public static class Family {
        @XmlElement(name = "Name") public String name;
        @XmlElement(name = "OperatingSystemFamilyId") public Integer operatingSystemFamilyId;
        @XmlElement(name = "OperatingSystem") public List<OperatingSystem> systems = new ArrayList<>();
    }

    /** OperatingSystemInfoType: one guest, with what vCD checks a VM of it against. */
    @XmlType(name = "OperatingSystemInfoType", propOrder = {"operatingSystemId", "defaultHardDiskAdapterType",
            "minimumHardDiskSizeGigabytes", "minimumMemoryMegabytes", "name", "internalName", "supported",
            "x64", "maximumCpuCount", "maximumCoresPerSocket", "minimumHardwareVersion", "supportsMemHotAdd",
            "supportedForCreate", "recommendedNic", "recommendedFirmware", "supportedFirmware"})
    public static class OperatingSystem {
        @XmlElement(name = "OperatingSystemId") public Integer operatingSystemId;
        @XmlElement(name = "DefaultHardDiskAdapterType") public AdapterRef defaultHardDiskAdapterType;
        @XmlElement(name = "MinimumHardDiskSizeGigabytes") public Integer minimumHardDiskSizeGigabytes;
        @XmlElement(name = "MinimumMemoryMegabytes") public Integer minimumMemoryMegabytes;
        @XmlElement(name = "Name") public String name;
        @XmlElement(name = "InternalName") public String internalName;
        @XmlElement(name = "Supported") public Boolean supported;
        @XmlElement(name = "x64") public Boolean x64;
        @XmlElement(name = "MaximumCpuCount") public Integer maximumCpuCount;
        @XmlElement(name = "MaximumCoresPerSocket") public Integer maximumCoresPerSocket;
        @XmlElement(name = "MinimumHardwareVersion") public Integer minimumHardwareVersion;
        @XmlElement(name = "SupportsMemHotAdd") public Boolean supportsMemHotAdd;
        @XmlElement(name = "SupportedForCreate") public Boolean supportedForCreate;
        @XmlElement(name = "RecommendedNIC") public Nic recommendedNic;
        @XmlElement(name = "RecommendedFirmware") public String recommendedFirmware;
        @XmlElement(name = "SupportedFirmware") public List<String> supportedFirmware = new ArrayList<>();
    }

    /** The disk controller a guest gets unless told otherwise: its id as the ref, its name as the text. */
    @XmlType(name = "HardDiskAdapterRefType")
    public static class AdapterRef {
        @XmlAttribute public String ref;
        @XmlValue public String value;
    }

    @XmlType(name = "NicType")
    public static class Nic {
        @XmlAttribute public String name;
    }
}
