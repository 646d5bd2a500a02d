package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** One hardware item on its own, a VM's {@code virtualHardwareSection/cpu} or {@code /memory}: a vcloud:Item. */
@XmlRootElement(name = "Item")
@XmlType(name = "RasdItemRoot")
public class RasdItem extends VirtualHardwareSection.Item {
}
