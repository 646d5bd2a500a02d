package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

/**
 * RegisterVAppParams (vApp.xsd, API 5.5): a vApp made of VMs whose files are already on a datastore of the vCenter
 * (a replica's): the source vApp's OVF descriptor, each virtual system's .vmx by datastore path with its storage
 * profile, the OVF's networks mapped to org VDC networks, and external NAT and NIC addresses mapped to new ones.
 */
@XmlRootElement(name = "RegisterVAppParams")
@XmlType(name = "RegisterVAppParamsType", propOrder = {"description", "ovf", "vsToVmxMap", "ovfToVdcNetworkMap",
    "externalNatIpMap", "nicIpMap", "rest"})
public class RegisterVAppParams {
    @XmlAttribute public String name;
    @XmlElement(name = "Description") public String description;
    /** The OVF descriptor, as text. */
    @XmlElement(name = "Ovf") public String ovf;
    @XmlElement(name = "VsToVmxMap") public VsToVmxMap vsToVmxMap;
    @XmlElement(name = "OvfToVdcNetworkMap") public OvfToVdcNetworkMap ovfToVdcNetworkMap;
    @XmlElement(name = "ExternalNatIpMap") public ExternalNatIpMap externalNatIpMap;
    @XmlElement(name = "NicIpMap") public NicIpMap nicIpMap;
    /** VCloudExtension and the like: taken, not used. */
    @XmlAnyElement public List<Object> rest;

    @XmlType(name = "VsToVmxMapType")
    public static class VsToVmxMap {
        @XmlElement(name = "Entry") public List<VmxEntry> entry = new ArrayList<>();
    }

    @XmlType(name = "VsToVmxMapEntryType")
    public static class VmxEntry {
        @XmlAttribute public String biosUuid;
        @XmlAttribute public String datastorePath;
        @XmlAttribute public String storageProfile;
    }

    @XmlType(name = "OvfToVdcNetworkMapType")
    public static class OvfToVdcNetworkMap {
        @XmlElement(name = "Entry") public List<NetworkEntry> entry = new ArrayList<>();
    }

    @XmlType(name = "OvfToVdcNetworkMapEntryType")
    public static class NetworkEntry {
        @XmlAttribute public String ovfNetwork;
        @XmlAttribute public String vdcNetwork;
    }

    @XmlType(name = "ExternalNatIpMapType")
    public static class ExternalNatIpMap {
        @XmlElement(name = "Entry") public List<NatEntry> entry = new ArrayList<>();
    }

    @XmlType(name = "ExternalNatIpMapEntryType")
    public static class NatEntry {
        @XmlAttribute public String sourceNatIp;
        @XmlAttribute public String destinationNatIp;
    }

    @XmlType(name = "NicIpMapType")
    public static class NicIpMap {
        @XmlElement(name = "Entry") public List<NicEntry> entry = new ArrayList<>();
    }

    @XmlType(name = "NicIpMapEntryType")
    public static class NicEntry {
        @XmlAttribute public String sourceNicIp;
        @XmlAttribute public String destinationNicIp;
    }
}
