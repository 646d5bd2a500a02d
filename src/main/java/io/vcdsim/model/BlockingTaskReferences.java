package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

/** vmext:BlockingTaskReferences: the active blocking tasks (task spec §3.6). */
@XmlRootElement(name = "BlockingTaskReferences", namespace = Ns.VMEXT)
@XmlType(name = "BlockingTaskReferencesType", namespace = Ns.VMEXT, propOrder = {"reference"})
public class BlockingTaskReferences extends Resource {
    @XmlElement(name = "Reference", namespace = Ns.VCLOUD) public List<Reference> reference = new ArrayList<>();
}
