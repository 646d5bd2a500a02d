package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** An event an extension service posts to an organization ({@code POST /api/admin/org/{id}/events}). */
@XmlRootElement(name = "Event")
@XmlType(name = "EventType", propOrder = {"owner", "user"})
public class Event {
    @XmlAttribute public String type;
    @XmlAttribute public String typeFull;
    @XmlAttribute public String serviceNamespace;
    @XmlAttribute public Boolean success;
    @XmlAttribute public String timestamp;
    @XmlElement(name = "Owner") public Reference owner;
    @XmlElement(name = "User") public Reference user;
}
