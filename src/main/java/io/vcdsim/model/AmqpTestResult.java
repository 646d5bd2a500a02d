package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** vmext:AmqpSettingsTest: whether the given broker settings connect, and why not. */
@XmlRootElement(name = "AmqpSettingsTest", namespace = Ns.VMEXT)
@XmlType(name = "AmqpSettingsTestType", namespace = Ns.VMEXT, propOrder = {"valid", "error"})
public class AmqpTestResult extends Resource {
    @XmlElement(name = "Valid", namespace = Ns.VMEXT) public Boolean valid;
    @XmlElement(name = "error", namespace = Ns.VMEXT) public ErrorType error;
}
