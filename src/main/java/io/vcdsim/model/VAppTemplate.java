package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.List;

/** VAppTemplate, and (same type) each of its Children/Vm. */
@XmlRootElement(name = "VAppTemplate")
@XmlType(name = "VAppTemplateType", propOrder = {"children", "dateCreated"})
public class VAppTemplate extends ResourceEntity {
    @XmlAttribute public Boolean goldMaster;
    @XmlAttribute public Boolean ovfDescriptorUploaded;
    @XmlElementWrapper(name = "Children") @XmlElement(name = "Vm") public List<VAppTemplate> children;
    @XmlElement(name = "DateCreated") public String dateCreated;
}
