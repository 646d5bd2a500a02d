package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

/**
 * vmext:UpdateRightsParams (API 5.1): rights an extension service registers (AddRight, a Right) and removes
 * (RemoveRight, a right's name) at once. The vCloud SDKs write both children in the vmext namespace, the API
 * reference shows AddRight in the vcloud one: either is taken.
 */
@XmlRootElement(name = "UpdateRightsParams", namespace = Ns.VMEXT)
@XmlType(name = "UpdateRightsParamsType", namespace = Ns.VMEXT, propOrder = {"addRight", "addRightVcloud",
        "removeRight", "removeRightVcloud"})
public class UpdateRightsParams {
    @XmlElement(name = "AddRight", namespace = Ns.VMEXT) public List<RightType> addRight = new ArrayList<>();
    @XmlElement(name = "AddRight", namespace = Ns.VCLOUD) public List<RightType> addRightVcloud = new ArrayList<>();
    @XmlElement(name = "RemoveRight", namespace = Ns.VMEXT) public List<String> removeRight = new ArrayList<>();
    @XmlElement(name = "RemoveRight", namespace = Ns.VCLOUD) public List<String> removeRightVcloud = new ArrayList<>();

    /** The rights to add, in either namespace. */
    public List<RightType> added() {
        List<RightType> all = new ArrayList<>(addRight);
        all.addAll(addRightVcloud);
        return all;
    }

    /** The names of the rights to remove, in either namespace. */
    public List<String> removed() {
        List<String> all = new ArrayList<>(removeRight);
        all.addAll(removeRightVcloud);
        return all;
    }
}
