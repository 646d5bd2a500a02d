package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

/**
 * NetworkConfigurationType: a network's addressing and how it connects, for org VDC, external and vApp networks.
 * A vApp network's Features (DHCP, firewall, NAT, ...) are kept as they come; other children clients send
 * (AdvancedNetworkingEnabled, RouterInfo, SyslogServerSettings, ...) are taken and not kept.
 */
@XmlType(name = "NetworkConfigurationType", propOrder = {"backwardCompatibilityMode", "ipScopes", "parentNetwork",
        "fenceMode", "retainNetInfoAcrossDeployments", "features", "subInterface", "distributedInterface",
        "guestVlanAllowed", "rest"})
public class NetworkConfiguration {
    @XmlElement(name = "BackwardCompatibilityMode") public Boolean backwardCompatibilityMode;
    @XmlElementWrapper(name = "IpScopes") @XmlElement(name = "IpScope") public List<IpScope> ipScopes =
            new ArrayList<>();
    @XmlElement(name = "ParentNetwork") public Reference parentNetwork;
    @XmlElement(name = "FenceMode") public String fenceMode;
    @XmlElement(name = "RetainNetInfoAcrossDeployments") public Boolean retainNetInfoAcrossDeployments;
    @XmlElement(name = "Features") public AnyContent features;
    /** How a routed network is on its edge: a sub-interface of a trunk, or a distributed router's interface. */
    @XmlElement(name = "SubInterface") public Boolean subInterface;
    @XmlElement(name = "DistributedInterface") public Boolean distributedInterface;
    @XmlElement(name = "GuestVlanAllowed") public Boolean guestVlanAllowed;
    @XmlAnyElement public List<Object> rest;

    @XmlType(name = "IpScopeType", propOrder = {"isInherited", "gateway", "netmask", "subnetPrefixLength", "dns1",
            "dns2", "dnsSuffix", "isEnabled", "ipRanges"})
    public static class IpScope {
        @XmlElement(name = "IsInherited") public Boolean isInherited;
        @XmlElement(name = "Gateway") public String gateway;
        @XmlElement(name = "Netmask") public String netmask;
        @XmlElement(name = "SubnetPrefixLength") public Integer subnetPrefixLength;
        @XmlElement(name = "Dns1") public String dns1;
        @XmlElement(name = "Dns2") public String dns2;
        @XmlElement(name = "DnsSuffix") public String dnsSuffix;
        @XmlElement(name = "IsEnabled") public Boolean isEnabled;
        @XmlElementWrapper(name = "IpRanges") @XmlElement(name = "IpRange") public List<IpRange> ipRanges;
    }

    @XmlType(name = "IpRangeType", propOrder = {"startAddress", "endAddress"})
    public static class IpRange {
        @XmlElement(name = "StartAddress") public String startAddress;
        @XmlElement(name = "EndAddress") public String endAddress;
    }
}
