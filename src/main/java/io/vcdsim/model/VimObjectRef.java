package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** vmext:VimObjectRef: an object of a vCenter (a port group, a VM), by its managed object reference. */
@XmlType(name = "VimObjectRefType", namespace = Ns.VMEXT, propOrder = {"vimServerRef", "moRef", "vimObjectType"})
public class VimObjectRef {
    @XmlElement(name = "VimServerRef", namespace = Ns.VMEXT) public Reference vimServerRef;
    @XmlElement(name = "MoRef", namespace = Ns.VMEXT) public String moRef;
    @XmlElement(name = "VimObjectType", namespace = Ns.VMEXT) public String vimObjectType;
}
