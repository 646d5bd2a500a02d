package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

/** NetworkConfigSection: a vApp's networks, one NetworkConfig each (and the "none" placeholder). */
@XmlRootElement(name = "NetworkConfigSection")
@XmlType(name = "NetworkConfigSectionType", propOrder = {"info", "link", "networkConfig"})
public class NetworkConfigSection {
    @XmlAttribute public String href;
    @XmlAttribute public String type;
    @XmlAttribute(name = "required", namespace = Ns.OVF) public Boolean required;
    @XmlElement(name = "Info", namespace = Ns.OVF) public String info;
    @XmlElement(name = "Link") public List<Link> link = new ArrayList<>();
    @XmlElement(name = "NetworkConfig") public List<NetworkConfig> networkConfig = new ArrayList<>();

    @XmlType(name = "VAppNetworkConfigurationType", propOrder = {"link", "description", "configuration",
            "isDeployed"})
    public static class NetworkConfig {
        @XmlAttribute public String networkName;
        @XmlElement(name = "Link") public List<Link> link = new ArrayList<>();
        @XmlElement(name = "Description") public String description;
        @XmlElement(name = "Configuration") public NetworkConfiguration configuration;
        @XmlElement(name = "IsDeployed") public Boolean isDeployed;
    }
}
