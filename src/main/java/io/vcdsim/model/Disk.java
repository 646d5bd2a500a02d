package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

/** Disk: an independent disk of an org VDC (go-vcloud-director's types.Disk), and the documents that act on it. */
@XmlRootElement(name = "Disk")
@XmlType(name = "DiskType", propOrder = {"storageProfile", "owner"})
public class Disk extends Entity {
    @XmlAttribute public Integer status;
    @XmlAttribute public Long size;
    @XmlAttribute public Long sizeMb;
    @XmlAttribute public Integer iops;
    @XmlAttribute public String busType;
    @XmlAttribute public String busSubType;
    @XmlAttribute public Boolean encrypted;
    @XmlAttribute public Boolean shareable;
    @XmlAttribute public String sharingType;
    @XmlAttribute public String uuid;
    @XmlElement(name = "StorageProfile") public Reference storageProfile;
    @XmlElement(name = "Owner") public Owner owner;

    /** DiskCreateParams: the disk to make (its name, size, bus), and where (ignored: vcdsim has one datastore). */
    @XmlRootElement(name = "DiskCreateParams")
    @XmlType(name = "DiskCreateParamsType", propOrder = {"disk", "rest"})
    public static class CreateParams {
        @XmlElement(name = "Disk") public Disk disk;
        @XmlAnyElement public List<Object> rest;
    }

    /** DiskAttachOrDetachParams: which disk, and optionally where on the VM's bus. */
    @XmlRootElement(name = "DiskAttachOrDetachParams")
    @XmlType(name = "DiskAttachOrDetachParamsType", propOrder = {"disk", "busNumber", "unitNumber", "rest"})
    public static class AttachParams {
        @XmlElement(name = "Disk") public Reference disk;
        @XmlElement(name = "BusNumber") public Integer busNumber;
        @XmlElement(name = "UnitNumber") public Integer unitNumber;
        @XmlAnyElement public List<Object> rest;
    }

    /**
     * DiskMoveParams (API 36.0): the org VDC a disk moves to, and optionally its IOPS and storage policy there (the
     * policy is taken and not used: a vcdsim VDC has one).
     */
    @XmlRootElement(name = "DiskMoveParams")
    @XmlType(name = "DiskMoveParamsType", propOrder = {"vdc", "storagePolicy", "iops", "rest"})
    public static class MoveParams {
        @XmlElement(name = "Vdc") public Reference vdc;
        @XmlElement(name = "StoragePolicy") public Reference storagePolicy;
        @XmlElement(name = "Iops") public Long iops;
        @XmlAnyElement public List<Object> rest;
    }

    /** Vms: the VMs a disk is attached to. */
    @XmlRootElement(name = "Vms")
    @XmlType(name = "VmsType")
    public static class Vms extends Resource {
        @XmlElement(name = "VmReference") public List<Reference> vmReference = new ArrayList<>();
    }
}
