package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

/** LeaseSettingsSection: a vApp's runtime (deployment) and storage leases, in seconds (0: never expires). */
@XmlRootElement(name = "LeaseSettingsSection")
@XmlType(name = "LeaseSettingsSectionType", propOrder = {"info", "link", "deploymentLeaseInSeconds",
        "storageLeaseInSeconds"})
public class LeaseSettingsSection {
    @XmlAttribute public String href;
    @XmlAttribute public String type;
    @XmlAttribute(name = "required", namespace = Ns.OVF) public Boolean required;
    @XmlElement(name = "Info", namespace = Ns.OVF) public String info;
    @XmlElement(name = "Link") public List<Link> link = new ArrayList<>();
    @XmlElement(name = "DeploymentLeaseInSeconds") public Long deploymentLeaseInSeconds;
    @XmlElement(name = "StorageLeaseInSeconds") public Long storageLeaseInSeconds;
}
