package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

/** An organization's task list ({@code /api/tasksList/{org}}). */
@XmlRootElement(name = "TasksList")
@XmlType(name = "TasksListType")
public class TasksList extends Entity {
    @XmlElement(name = "Task") public List<Task> task = new ArrayList<>();
}
