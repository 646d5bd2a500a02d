package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** vmext:License (LicenseType): the serial number a PUT sets, and what vCD reads from it. */
@XmlRootElement(name = "License", namespace = Ns.VMEXT)
@XmlType(name = "LicenseType", namespace = Ns.VMEXT, propOrder = {"serialNumber", "licensedVmCount",
        "expirationDate", "validSerial", "expired", "persisted", "publishingToRemoteSitesFeature",
        "subscribingToRemoteSitesFeature"})
public class License extends Resource {
    @XmlElement(name = "SerialNumber", namespace = Ns.VMEXT) @Check.Pattern(value = "[A-Z0-9]{5}(-[A-Z0-9]{5}){4}",
            example = "ABCDE-12345-FGHIJ-67890-KLMNO") public String serialNumber;
    @XmlElement(name = "LicensedVMCount", namespace = Ns.VMEXT) @Check.ReadOnly public Integer licensedVmCount;
    @XmlElement(name = "ExpirationDate", namespace = Ns.VMEXT) @Check.ReadOnly public String expirationDate;
    @XmlElement(name = "ValidSerial", namespace = Ns.VMEXT) @Check.ReadOnly public Boolean validSerial;
    @XmlElement(name = "Expired", namespace = Ns.VMEXT) @Check.ReadOnly public Boolean expired;
    @XmlElement(name = "Persisted", namespace = Ns.VMEXT) @Check.ReadOnly public Boolean persisted;
    @XmlElement(name = "PublishingToRemoteSitesFeature", namespace = Ns.VMEXT) @Check.ReadOnly
    public Boolean publishingToRemoteSitesFeature;
    @XmlElement(name = "SubscribingToRemoteSitesFeature", namespace = Ns.VMEXT) @Check.ReadOnly
    public Boolean subscribingToRemoteSitesFeature;
}
