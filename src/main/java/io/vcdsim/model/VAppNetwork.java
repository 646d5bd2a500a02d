package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** VAppNetwork: one network of a vApp at {@code /api/network/{id}}, read and changed on its own. */
@XmlRootElement(name = "VAppNetwork")
@XmlType(name = "VAppNetworkType", propOrder = {"description", "tasks", "configuration"})
public class VAppNetwork extends Resource {
    @XmlAttribute public String name;
    @XmlAttribute public String id;
    @XmlAttribute public Boolean deployed;
    @XmlElement(name = "Description") public String description;
    @XmlElement(name = "Tasks") public TasksInProgress tasks;
    @XmlElement(name = "Configuration") public NetworkConfiguration configuration;
}
