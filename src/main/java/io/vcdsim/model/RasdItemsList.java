package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

/** RasdItemsList: a group of a VM's hardware items (its disks and their controllers, NICs, drives). */
@XmlRootElement(name = "RasdItemsList")
@XmlType(name = "RasdItemsListType", propOrder = {"link", "item"})
public class RasdItemsList {
    @XmlAttribute public String href;
    @XmlAttribute public String type;
    @XmlElement(name = "Link") public List<Link> link = new ArrayList<>();
    @XmlElement(name = "Item") public List<VirtualHardwareSection.Item> item = new ArrayList<>();
}
