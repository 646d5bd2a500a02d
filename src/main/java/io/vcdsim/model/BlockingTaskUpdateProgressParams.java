package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** The body of updateProgress: a Message and the new TimeoutValueInMilliseconds. */
@XmlRootElement(name = "BlockingTaskUpdateProgressParams", namespace = Ns.VMEXT)
@XmlType(name = "BlockingTaskUpdateProgressParamsType", namespace = Ns.VMEXT)
public class BlockingTaskUpdateProgressParams extends BlockingTaskOperationParams {
}
