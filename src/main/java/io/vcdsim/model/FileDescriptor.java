package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlType;

/** File (FileType): one file an entity waits for, with its upload link while bytes are missing. */
@XmlType(name = "FileType")
public class FileDescriptor extends Entity {
    @XmlAttribute public Long size;
    @XmlAttribute public Long bytesTransferred;
    @XmlAttribute public String checksum;
}
