package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.List;

/** VAppTemplate, and (same type) each of its Children/Vm. */
@XmlRootElement(name = "VAppTemplate")
@XmlType(name = "VAppTemplateType", propOrder = {"children", "leaseSettingsSection", "virtualHardwareSection",
        "networkConnectionSection", "dateCreated"})
public class VAppTemplate extends ResourceEntity {
    @XmlAttribute public Boolean goldMaster;
    @XmlAttribute public Boolean ovfDescriptorUploaded;
    @XmlElementWrapper(name = "Children") @XmlElement(name = "Vm") public List<VAppTemplate> children;
    /** On a template: its storage lease (go-vcloud-director's GetLease reads its href). */
    @XmlElement(name = "LeaseSettingsSection") public LeaseSettingsSection leaseSettingsSection;
    /** On a template's VMs: their hardware, as OVF items (pyvcloud sizes an instantiated VM by editing them). */
    @XmlElement(name = "VirtualHardwareSection", namespace = Ns.OVF) public VirtualHardwareSection virtualHardwareSection;
    /** On a template's VMs: their NICs (pyvcloud reads PrimaryNetworkConnectionIndex to instantiate with a network). */
    @XmlElement(name = "NetworkConnectionSection") public NetworkConnectionSection networkConnectionSection;
    @XmlElement(name = "DateCreated") public String dateCreated;
}
