package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

/**
 * vmext:StrandedItem: a vCenter object vCD deleted but could not remove from vCenter, with when it was deleted and
 * the vCenter objects left behind. Description and Tasks are vcloud elements, inherited from EntityType.
 */
@XmlRootElement(name = "StrandedItem", namespace = Ns.VMEXT)
@XmlType(name = "StrandedItemType", namespace = Ns.VMEXT, propOrder = {"deletionDate", "vimObjects"})
public class StrandedItem extends Entity {
    @XmlElement(name = "DeletionDate", namespace = Ns.VMEXT) public String deletionDate;
    @XmlElementWrapper(name = "StrandedItemVimObjects", namespace = Ns.VMEXT)
    @XmlElement(name = "StrandedItemVimObject", namespace = Ns.VMEXT) public List<VimObject> vimObjects =
            new ArrayList<>();

    /** One object vCenter still holds, and why deleting it failed. */
    @XmlType(name = "StrandedItemVimObjectType", namespace = Ns.VMEXT, propOrder = {"errorMessage", "vimObjectRef"})
    public static class VimObject {
        @XmlAttribute public String name;
        @XmlElement(name = "ErrorMessage", namespace = Ns.VMEXT) public String errorMessage;
        @XmlElement(name = "VimObjectRef", namespace = Ns.VMEXT) public VimObjectRef vimObjectRef;
    }
}
