package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.List;

/**
 * VApp: status (4 on, 8 off, 3 suspended, 0 being created), deployed, its Owner and its Children/Vm. VAppType's
 * sequence puts Owner after what AbstractVAppType ends with (DateCreated), then autoNature, before Children.
 */
@XmlRootElement(name = "VApp")
@XmlType(name = "VAppType", propOrder = {"leaseSettingsSection", "startupSection", "networkConfigSection", "dateCreated", "owner",
        "autoNature", "inMaintenanceMode", "children"})
public class VApp extends ResourceEntity {
    @XmlAttribute public Boolean deployed;
    /** While an OVF package is uploaded into it (instantiateOvf): whether its descriptor is in. */
    @XmlAttribute public Boolean ovfDescriptorUploaded;
    @XmlElement(name = "LeaseSettingsSection") public LeaseSettingsSection leaseSettingsSection;
    @XmlElement(name = "StartupSection", namespace = Ns.OVF) public StartupSection startupSection;
    @XmlElement(name = "NetworkConfigSection") public NetworkConfigSection networkConfigSection;
    @XmlElement(name = "DateCreated") public String dateCreated;
    @XmlElement(name = "Owner") public Owner owner;
    /** Whether vCD made the vApp for one standalone VM (CreateVmParams, InstantiateVmTemplateParams). */
    @XmlElement(name = "autoNature") public Boolean autoNature;
    @XmlElement(name = "InMaintenanceMode") public Boolean inMaintenanceMode;
    @XmlElementWrapper(name = "Children") @XmlElement(name = "Vm") public List<Vm> children;
}
