package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/**
 * vmext:FileDescriptor (AdminFileDescriptorType): a file that describes an API definition; its href may hold
 * {baseUri}. The schema puts File in the vcloud namespace, vCD's own request examples in vmext: both are read,
 * vcloud is written.
 */
@XmlRootElement(name = "FileDescriptor", namespace = Ns.VMEXT)
@XmlType(name = "AdminFileDescriptorType", namespace = Ns.VMEXT, propOrder = {"description", "file",
        "fileAsInExamples"})
public class AdminFileDescriptor extends Resource {
    @XmlAttribute public String id;
    @XmlAttribute public String operationKey;
    @XmlElement(name = "Description", namespace = Ns.VMEXT) public String description;
    @XmlElement(name = "File", namespace = Ns.VCLOUD) public Reference file;
    @XmlElement(name = "File", namespace = Ns.VMEXT) public Reference fileAsInExamples;

    /** The File, in whichever namespace it came. */
    public Reference file() {
        return file != null ? file : fileAsInExamples;
    }
}
