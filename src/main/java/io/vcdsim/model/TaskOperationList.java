package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

/**
 * vmext:BlockingTaskOperations (TaskOperationListType): the operationNames that block (task spec §3.3),
 * and the list of every operation at /api/task/operations.
 */
@XmlRootElement(name = "BlockingTaskOperations", namespace = Ns.VMEXT)
@XmlType(name = "TaskOperationListType", propOrder = {"operation", "taskOperation"})
public class TaskOperationList extends Resource {
    /** Before 33.0: the operationNames. */
    @XmlElement(name = "Operation") public List<String> operation = new ArrayList<>();
    /** From 33.0 on (the element is really named after its type): operationName with category. */
    @XmlElement(name = "TaskOperationType") public List<TaskOperation> taskOperation = new ArrayList<>();

    /** Every operationName given, in either form. */
    public List<String> names() {
        List<String> names = new ArrayList<>(operation);
        taskOperation.stream().map(t -> t.operation).filter(java.util.Objects::nonNull).forEach(names::add);
        return names;
    }
}
