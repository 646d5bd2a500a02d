package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** BootOptions: how long a VM waits at boot (ms) and whether it enters its BIOS setup. */
@XmlRootElement(name = "BootOptions")
@XmlType(name = "BootOptionsType", propOrder = {"bootDelay", "enterBiosSetup"})
public class BootOptions extends Resource {
    @XmlElement(name = "BootDelay") public Integer bootDelay;
    @XmlElement(name = "EnterBIOSSetup") public Boolean enterBiosSetup;
}
