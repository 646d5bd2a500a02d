package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

/** AllocatedIpAddresses: the addresses a network has given out, and to what. */
@XmlRootElement(name = "AllocatedIpAddresses")
@XmlType(name = "AllocatedIpAddressesType", propOrder = {"ipAddress"})
public class AllocatedIpAddresses extends Resource {
    @XmlElement(name = "IpAddress") public List<Allocated> ipAddress = new ArrayList<>();

    @XmlType(name = "AllocatedIpAddressType", propOrder = {"address"})
    public static class Allocated extends Resource {
        @XmlAttribute public String allocationType;
        @XmlAttribute public Boolean isDeployed;
        @XmlElement(name = "IpAddress") public String address;

        public static Allocated of(String address, String allocationType, boolean deployed) {
            Allocated a = new Allocated();
            a.address = address;
            a.allocationType = allocationType;
            a.isDeployed = deployed;
            return a;
        }
    }
}
