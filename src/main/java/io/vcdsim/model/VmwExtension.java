package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** The extension root {@code /api/admin/extension}: links to the system administrator's extension APIs. */
@XmlRootElement(name = "VMWExtension", namespace = Ns.VMEXT)
@XmlType(name = "VMWExtensionType", namespace = Ns.VMEXT)
public class VmwExtension extends Resource {
}
