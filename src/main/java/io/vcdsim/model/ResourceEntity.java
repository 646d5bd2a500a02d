package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlType;

import java.util.List;

/** ResourceEntityType: an entity made of uploaded files (media, vApp template), with a status. */
@XmlType(name = "ResourceEntityType", propOrder = {"files"})
public abstract class ResourceEntity extends Entity {
    @XmlAttribute public Integer status;
    /** Present while files are missing or being uploaded. */
    @XmlElementWrapper(name = "Files") @XmlElement(name = "File") public List<FileDescriptor> files;
}
