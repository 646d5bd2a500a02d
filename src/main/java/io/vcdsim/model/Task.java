package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** TaskType: attributes as in §1.2 of the task spec, children in schema order after EntityType's. */
@XmlRootElement(name = "Task")
@XmlType(name = "TaskType", propOrder = {"owner", "error", "user", "organization", "progress", "params", "details", "result"})
public class Task extends Entity {
    @XmlAttribute public String status;
    @XmlAttribute public String operation;
    @XmlAttribute public String operationName;
    @XmlAttribute public String serviceNamespace;
    @XmlAttribute public String startTime;
    @XmlAttribute public String endTime;
    @XmlAttribute public String expiryTime;
    @XmlAttribute public Boolean cancelRequested;
    @XmlElement(name = "Owner") public Reference owner;
    @XmlElement(name = "Error") public ErrorType error;
    @XmlElement(name = "User") public Reference user;
    @XmlElement(name = "Organization") public Reference organization;
    @XmlElement(name = "Progress") public Integer progress;
    @XmlElement(name = "Params") public AnyContent params;
    @XmlElement(name = "Details") public String details;
    @XmlElement(name = "Result") public TaskResult result;
}
