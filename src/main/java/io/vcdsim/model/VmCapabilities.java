package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** VmCapabilities: whether memory and CPUs may be added while the VM runs. */
@XmlRootElement(name = "VmCapabilities")
@XmlType(name = "VmCapabilitiesType", propOrder = {"memoryHotAddEnabled", "cpuHotAddEnabled"})
public class VmCapabilities extends Resource {
    @XmlElement(name = "MemoryHotAddEnabled") public Boolean memoryHotAddEnabled;
    @XmlElement(name = "CpuHotAddEnabled") public Boolean cpuHotAddEnabled;
}
