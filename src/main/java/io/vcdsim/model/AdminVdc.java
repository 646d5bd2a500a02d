package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** AdminVdc: the system administrator's view of a VDC (and the body of its PUT). */
@XmlRootElement(name = "AdminVdc")
@XmlType(name = "AdminVdcType")
public class AdminVdc extends Vdc {
}
