package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.List;

/**
 * UpdateVdcStorageProfiles: storage profiles to add to a VDC (VdcStorageProfileParams, each naming its provider
 * VDC's profile) and to remove from it (by their vdcStorageProfile href), as go-vcloud-director's AddStorageProfile and
 * RemoveStorageProfile post them.
 */
@XmlRootElement(name = "UpdateVdcStorageProfiles")
@XmlType(name = "UpdateVdcStorageProfilesType", propOrder = {"addStorageProfile", "removeStorageProfile"})
public class UpdateVdcStorageProfiles extends Entity {
    @XmlElement(name = "AddStorageProfile") public List<AdminVdcStorageProfile> addStorageProfile;
    @XmlElement(name = "RemoveStorageProfile") public List<Reference> removeStorageProfile;
}
