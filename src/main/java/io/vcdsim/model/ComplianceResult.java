package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** ComplianceResult: whether a VM's disks are where its storage profile wants them (always, in vcdsim). */
@XmlRootElement(name = "ComplianceResult")
@XmlType(name = "ComplianceResultType", propOrder = {"complianceStatus", "complianceCheckTime"})
public class ComplianceResult extends Resource {
    @XmlElement(name = "ComplianceStatus") public String complianceStatus;
    @XmlElement(name = "ComplianceCheckTime") public String complianceCheckTime;
}
