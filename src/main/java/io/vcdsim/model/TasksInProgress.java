package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

/** The {@code <Tasks>} child of an entity: its queued and running tasks. */
@XmlType(name = "TasksInProgressType")
public class TasksInProgress {
    @XmlElement(name = "Task") public List<Task> task = new ArrayList<>();
}
