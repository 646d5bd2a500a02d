package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** ResultType: what a task produced, as free content (13.0+) and a reference to an object (33.0+). */
@XmlType(name = "ResultType", propOrder = {"content", "reference"})
public class TaskResult {
    @XmlElement(name = "ResultContent") public AnyContent content;
    @XmlElement(name = "ResultReference") public Reference reference;
}
