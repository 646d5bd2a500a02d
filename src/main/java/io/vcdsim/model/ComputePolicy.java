package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/**
 * A VM's ComputePolicy (API 33.0+): the VDC compute policies that place it and size it, each a reference to the
 * cloudapi's {@code vdcComputePolicies/{urn}}, and whether each stays for good ({@code ...Final}).
 */
@XmlType(name = "ComputePolicyType", propOrder = {"vmPlacementPolicy", "vmPlacementPolicyFinal", "vmSizingPolicy",
        "vmSizingPolicyFinal"})
public class ComputePolicy extends Resource {
    @XmlElement(name = "VmPlacementPolicy") public Reference vmPlacementPolicy;
    @XmlElement(name = "VmPlacementPolicyFinal") public Boolean vmPlacementPolicyFinal;
    @XmlElement(name = "VmSizingPolicy") public Reference vmSizingPolicy;
    @XmlElement(name = "VmSizingPolicyFinal") public Boolean vmSizingPolicyFinal;
}
