package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

/** vmext:BlockingTaskOperations (TaskOperationListType): the operationNames that block (task spec §3.3). */
@XmlRootElement(name = "BlockingTaskOperations", namespace = Ns.VMEXT)
@XmlType(name = "TaskOperationListType", propOrder = {"operation"})
public class TaskOperationList extends Resource {
    @XmlElement(name = "Operation") public List<String> operation = new ArrayList<>();
}
