package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** EntityType: a named object with an id (urn:vcloud:type:uuid) and a description. */
@XmlType(name = "EntityType", propOrder = {"description", "tasks"})
public abstract class Entity extends Resource {
    @XmlAttribute public String name;
    @XmlAttribute public String id;
    @XmlElement(name = "Description") public String description;
    /** Queued and running tasks on this object; absent when it is idle. */
    @XmlElement(name = "Tasks") public TasksInProgress tasks;
}
