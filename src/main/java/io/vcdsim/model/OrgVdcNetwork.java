package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

/** OrgVdcNetwork: a network of an org VDC, with its addressing (go-vcloud-director's types.OrgVDCNetwork). */
@XmlRootElement(name = "OrgVdcNetwork")
@XmlType(name = "OrgVdcNetworkType", propOrder = {"configuration", "edgeGateway", "isShared"})
public class OrgVdcNetwork extends Entity {
    @XmlAttribute public Integer status;
    @XmlElement(name = "Configuration") public Configuration configuration;
    @XmlElement(name = "EdgeGateway") public Reference edgeGateway;
    @XmlElement(name = "IsShared") public Boolean isShared;

    @XmlType(name = "NetworkConfigurationType", propOrder = {"backwardCompatibilityMode", "ipScopes", "fenceMode",
            "retainNetInfoAcrossDeployments"})
    public static class Configuration {
        @XmlElement(name = "BackwardCompatibilityMode") public Boolean backwardCompatibilityMode;
        @XmlElementWrapper(name = "IpScopes") @XmlElement(name = "IpScope") public List<IpScope> ipScopes =
                new ArrayList<>();
        @XmlElement(name = "FenceMode") public String fenceMode;
        @XmlElement(name = "RetainNetInfoAcrossDeployments") public Boolean retainNetInfoAcrossDeployments;
    }

    @XmlType(name = "IpScopeType", propOrder = {"isInherited", "gateway", "netmask", "subnetPrefixLength", "isEnabled"})
    public static class IpScope {
        @XmlElement(name = "IsInherited") public Boolean isInherited;
        @XmlElement(name = "Gateway") public String gateway;
        @XmlElement(name = "Netmask") public String netmask;
        @XmlElement(name = "SubnetPrefixLength") public Integer subnetPrefixLength;
        @XmlElement(name = "IsEnabled") public Boolean isEnabled;
    }
}
