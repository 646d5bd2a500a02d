package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** Vm: one virtual machine of a vApp, with its power state and its hardware (VmSpecSection, 27.0+ style). */
@XmlRootElement(name = "Vm")
@XmlType(name = "VmType", propOrder = {"dateCreated", "networkConnectionSection", "vmSpecSection"})
public class Vm extends ResourceEntity {
    @XmlAttribute public Boolean deployed;
    @XmlAttribute public Boolean needsCustomization;
    @XmlElement(name = "DateCreated") public String dateCreated;
    @XmlElement(name = "NetworkConnectionSection") public NetworkConnectionSection networkConnectionSection;
    @XmlElement(name = "VmSpecSection") public VmSpecSection vmSpecSection;
}
