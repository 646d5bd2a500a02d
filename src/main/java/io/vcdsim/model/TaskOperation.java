package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** TaskOperationType (33.0+): an operationName with the category it belongs to. */
@XmlType(name = "TaskOperationType", propOrder = {"category", "operation"})
public class TaskOperation {
    @XmlElement(name = "Category") public String category;
    @XmlElement(name = "Operation") public String operation;

    public TaskOperation() {
    }

    public TaskOperation(String category, String operation) {
        this.category = category;
        this.operation = operation;
    }
}
