package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** GuestCustomizationStatusSection: where a VM's guest customization stands (GC_PENDING, GC_COMPLETE, ...). */
@XmlRootElement(name = "GuestCustomizationStatusSection")
@XmlType(name = "GuestCustomizationStatusSectionType", propOrder = {"info", "guestCustStatus"})
public class GuestCustomizationStatusSection extends Resource {
    @XmlElement(name = "Info", namespace = Ns.OVF) public String info;
    @XmlElement(name = "GuestCustStatus") public String guestCustStatus;
}
