package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** Media (an ISO or floppy image). POSTed to a catalog with name, size and imageType to start an upload. */
@XmlRootElement(name = "Media")
@XmlType(name = "MediaType", propOrder = {"owner"})
public class Media extends ResourceEntity {
    @XmlAttribute public String imageType;
    @XmlAttribute public Long size;
    @XmlElement(name = "Owner") public Owner owner;
}
