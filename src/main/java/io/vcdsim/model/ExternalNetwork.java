package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

/** vmext:VMWExternalNetwork: a provider's network on port groups of a vCenter ({@code /api/admin/extension/externalnet}). */
@XmlRootElement(name = "VMWExternalNetwork", namespace = Ns.VMEXT)
@XmlType(name = "VMWExternalNetworkType", namespace = Ns.VMEXT, propOrder = {"configuration", "vimPortGroupRef",
        "vimPortGroupRefs"})
public class ExternalNetwork extends Entity {
    @XmlAttribute public Integer status;
    @XmlElement(name = "Configuration", namespace = Ns.VCLOUD) public NetworkConfiguration configuration;
    /** The first port group, in the singular element older clients (and go-vcloud-director's tests) read. */
    @XmlElement(name = "VimPortGroupRef", namespace = Ns.VMEXT) public VimObjectRef vimPortGroupRef;
    @XmlElementWrapper(name = "VimPortGroupRefs", namespace = Ns.VMEXT)
    @XmlElement(name = "VimObjectRef", namespace = Ns.VMEXT)
    public List<VimObjectRef> vimPortGroupRefs = new ArrayList<>();

    /** vmext:VMWExternalNetworkReferences: every external network, by reference. */
    @XmlRootElement(name = "VMWExternalNetworkReferences", namespace = Ns.VMEXT)
    @XmlType(name = "VMWExternalNetworkReferencesType", namespace = Ns.VMEXT, propOrder = {"externalNetworkReference"})
    public static class References extends Resource {
        @XmlElement(name = "ExternalNetworkReference", namespace = Ns.VMEXT)
        public List<Reference> externalNetworkReference = new ArrayList<>();
    }
}
