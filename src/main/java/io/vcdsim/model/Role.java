package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

@XmlRootElement(name = "Role")
@XmlType(name = "RoleType")
public class Role extends Entity {
    @XmlElementWrapper(name = "RightReferences") @XmlElement(name = "RightReference")
    public List<Reference> rightReferences = new ArrayList<>();
}
