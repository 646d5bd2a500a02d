package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

/** vmext:RightRefs: references to the rights an extension service registered. */
@XmlRootElement(name = "RightRefs", namespace = Ns.VMEXT)
@XmlType(name = "RightRefsType", namespace = Ns.VMEXT, propOrder = {"right"})
public class RightRefs extends Resource {
    @XmlElement(name = "Right", namespace = Ns.VCLOUD) public List<Reference> right = new ArrayList<>();
}
