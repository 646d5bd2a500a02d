package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

@XmlRootElement(name = "Right")
@XmlType(name = "RightType", propOrder = {"category"})
public class RightType extends Entity {
    @XmlElement(name = "Category") public String category;
}
