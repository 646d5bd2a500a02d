package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/**
 * VmCheckPGCType ({@code /api/vApp/vm-{id}/checkpostcustomizationscript}): whether vCD waits for the guest's
 * post-customization script before it calls a customization complete.
 */
@XmlRootElement(name = "CheckPostGuestCustomizationSection")
@XmlType(name = "VmCheckPGCType", propOrder = {"checkPostGCStatus"})
public class CheckPostCustomization extends Resource {
    @XmlAttribute public String name;
    @XmlAttribute public String id;
    @XmlElement(name = "CheckPostGCStatus") public Boolean checkPostGCStatus;
}
