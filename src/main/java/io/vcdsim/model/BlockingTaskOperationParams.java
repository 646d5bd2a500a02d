package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/**
 * The body of resume, abort and fail ({@code BlockingTaskOperationParams}) and of updateProgress
 * ({@code BlockingTaskUpdateProgressParams}, which adds the new timeout): one class reads both roots.
 */
@XmlRootElement(name = "BlockingTaskOperationParams", namespace = Ns.VMEXT)
@XmlType(name = "BlockingTaskOperationParamsType", namespace = Ns.VMEXT, propOrder = {"message",
        "timeoutValueInMilliseconds"})
public class BlockingTaskOperationParams extends Resource {
    @XmlElement(name = "Message", namespace = Ns.VMEXT) public String message;
    @XmlElement(name = "TimeoutValueInMilliseconds", namespace = Ns.VMEXT) public Long timeoutValueInMilliseconds;
}
