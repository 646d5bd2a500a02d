package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** SessionType: who is logged in, and the well-known links clients start from. */
@XmlRootElement(name = "Session")
@XmlType(name = "SessionType")
public class Session extends Resource {
    @XmlAttribute public String user;
    @XmlAttribute public String org;
    @XmlAttribute public String userId;
    @XmlAttribute public String roles;
    @XmlAttribute public String locationId;
}
