package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

/** SnapshotSection: a VM's current snapshot, if it has one. */
@XmlRootElement(name = "SnapshotSection")
@XmlType(name = "SnapshotSectionType", propOrder = {"info", "snapshot"})
public class SnapshotSection {
    @XmlAttribute public String href;
    @XmlAttribute public String type;
    @XmlElement(name = "Info", namespace = Ns.OVF) public String info;
    @XmlElement(name = "Snapshot") public List<Snapshot> snapshot = new ArrayList<>();

    @XmlType(name = "SnapshotType")
    public static class Snapshot {
        @XmlAttribute public String created;
        @XmlAttribute public Boolean poweredOn;
        @XmlAttribute public Long size;
    }
}
