package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

/** VdcComputePolicyReferences: the compute policies assigned to a VDC ({@code /api/admin/vdc/{id}/computePolicies}). */
@XmlRootElement(name = "VdcComputePolicyReferences")
@XmlType(name = "VdcComputePolicyReferencesType", propOrder = {"vdcComputePolicyReference"})
public class VdcComputePolicyReferences extends Resource {
    @XmlElement(name = "VdcComputePolicyReference") public List<Reference> vdcComputePolicyReference = new ArrayList<>();
}
