package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/**
 * BootOptions: how long a VM waits at boot (ms), whether it enters its BIOS setup, and (API 37.1) boot retries and
 * EFI secure boot.
 */
@XmlRootElement(name = "BootOptions")
@XmlType(name = "BootOptionsType", propOrder = {"bootDelay", "enterBiosSetup", "bootRetryEnabled", "bootRetryDelay",
        "efiSecureBootEnabled"})
public class BootOptions extends Resource {
    @XmlElement(name = "BootDelay") public Integer bootDelay;
    @XmlElement(name = "EnterBIOSSetup") public Boolean enterBiosSetup;
    @XmlElement(name = "BootRetryEnabled") public Boolean bootRetryEnabled;
    @XmlElement(name = "BootRetryDelay") public Integer bootRetryDelay;
    @XmlElement(name = "EfiSecureBootEnabled") public Boolean efiSecureBootEnabled;
}
