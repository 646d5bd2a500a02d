package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** vmext:ExtensionServices: an {@code add} link for registering, and a link to each registered service. */
@XmlRootElement(name = "ExtensionServices", namespace = Ns.VMEXT)
@XmlType(name = "ExtensionServicesType", namespace = Ns.VMEXT)
public class ExtensionServices extends Resource {
}
