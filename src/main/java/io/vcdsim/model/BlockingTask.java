package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** vmext:BlockingTask: a blocked operation waiting for resume, abort or fail (task spec §3.5). */
@XmlRootElement(name = "BlockingTask", namespace = Ns.VMEXT)
@XmlType(name = "BlockingTaskType", namespace = Ns.VMEXT, propOrder = {"organization", "user", "taskOwner"})
public class BlockingTask extends Entity {
    @XmlAttribute public String status;
    @XmlAttribute public String createdTime;
    @XmlAttribute public String timeoutDate;
    @XmlAttribute public String timeoutAction;
    @XmlElement(name = "Organization", namespace = Ns.VCLOUD) public Reference organization;
    @XmlElement(name = "User", namespace = Ns.VCLOUD) public Reference user;
    @XmlElement(name = "TaskOwner", namespace = Ns.VCLOUD) public Reference taskOwner;
}
