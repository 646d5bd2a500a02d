package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/**
 * VCloudExtension: what vCD adds to an object for system administrators; here a VM's place in the simulated
 * vCenter (its VmVimInfo: the vCenter server, the VM's managed object reference and its datastore's).
 */
@XmlType(name = "VCloudExtensionType", propOrder = {"vmVimInfo"})
public class VCloudExtension {
    @XmlAttribute public Boolean required;
    @XmlElement(name = "VmVimInfo", namespace = Ns.VMEXT) public VmVimInfo vmVimInfo;

    @XmlType(name = "VmVimInfoType", namespace = Ns.VMEXT, propOrder = {"vmVimObjectRef", "datastoreVimObjectRef",
            "hostVimObjectRef", "virtualDisksMaxChainLength"})
    public static class VmVimInfo {
        @XmlElement(name = "VmVimObjectRef", namespace = Ns.VMEXT) public VimObjectRef vmVimObjectRef;
        @XmlElement(name = "DatastoreVimObjectRef", namespace = Ns.VMEXT) public VimObjectRef datastoreVimObjectRef;
        @XmlElement(name = "HostVimObjectRef", namespace = Ns.VMEXT) public VimObjectRef hostVimObjectRef;
        @XmlElement(name = "VirtualDisksMaxChainLength", namespace = Ns.VMEXT) public Integer virtualDisksMaxChainLength;
    }
}
