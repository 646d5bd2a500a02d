package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

@XmlRootElement(name = "OrgList")
@XmlType(name = "OrgListType")
public class OrgList extends Resource {
    @XmlElement(name = "Org") public List<Reference> org = new ArrayList<>();
}
