package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.List;

/**
 * AdminVdcStorageProfile: the admin view of a VDC's storage profile, with the provider VDC's profile it draws on
 * (go-vcloud-director's SetDefaultStorageProfile and terraform's vcd_org_vdc send that reference back in their PUT).
 */
@XmlRootElement(name = "AdminVdcStorageProfile")
@XmlType(name = "AdminVdcStorageProfileType", propOrder = {"providerVdcStorageProfile", "rest"})
public class AdminVdcStorageProfile extends VdcStorageProfile {
    @XmlElement(name = "ProviderVdcStorageProfile") public Reference providerVdcStorageProfile;
    /** What a client sends back and vcdsim does not keep (StorageUsedMB, IopsAllocated). */
    @XmlAnyElement public List<Object> rest;
}
