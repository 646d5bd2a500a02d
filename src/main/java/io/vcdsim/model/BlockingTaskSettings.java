package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** vmext:BlockingTaskSettings: the default timeout and action, and which operations block (task spec §3.2). */
@XmlRootElement(name = "BlockingTaskSettings", namespace = Ns.VMEXT)
@XmlType(name = "BlockingTaskSettingsType", namespace = Ns.VMEXT, propOrder = {"timeoutAction", "operations",
        "timeoutInMilliseconds"})
public class BlockingTaskSettings extends Resource {
    @XmlElement(name = "TimeoutAction", namespace = Ns.VMEXT) public String timeoutAction;
    @XmlElement(name = "BlockingTaskOperations", namespace = Ns.VMEXT) public TaskOperationList operations;
    @XmlElement(name = "TimeoutInMilliseconds", namespace = Ns.VMEXT) public Long timeoutInMilliseconds;
}
