package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

/** NetworkConnectionSection: a VM's NICs and the networks they connect to. */
@XmlRootElement(name = "NetworkConnectionSection")
@XmlType(name = "NetworkConnectionSectionType", propOrder = {"info", "primaryNetworkConnectionIndex",
        "networkConnection", "link"})
public class NetworkConnectionSection {
    @XmlAttribute public String href;
    @XmlAttribute public String type;
    @XmlElement(name = "Info", namespace = Ns.OVF) public String info;
    @XmlElement(name = "PrimaryNetworkConnectionIndex") public Integer primaryNetworkConnectionIndex;
    @XmlElement(name = "NetworkConnection") public List<NetworkConnection> networkConnection = new ArrayList<>();
    @XmlElement(name = "Link") public List<Link> link;

    @XmlType(name = "NetworkConnectionType", propOrder = {"networkConnectionIndex", "ipAddress", "isConnected",
            "macAddress", "ipAddressAllocationMode", "networkAdapterType", "rest"})
    public static class NetworkConnection {
        @XmlAttribute public String network;
        @XmlAttribute public Boolean needsCustomization;
        @XmlElement(name = "NetworkConnectionIndex") public Integer networkConnectionIndex;
        @XmlElement(name = "IpAddress") public String ipAddress;
        @XmlElement(name = "IsConnected") public Boolean isConnected;
        @XmlElement(name = "MACAddress") public String macAddress;
        @XmlElement(name = "IpAddressAllocationMode") public String ipAddressAllocationMode;
        @XmlElement(name = "NetworkAdapterType") public String networkAdapterType;
        /** What else clients send (ExternalIpAddress, secondary IPv6 fields, ...): taken, not kept. */
        @jakarta.xml.bind.annotation.XmlAnyElement public List<Object> rest;
    }
}
