package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** CatalogItem: a catalog's entry, whose Entity is the media or vApp template it names. */
@XmlRootElement(name = "CatalogItem")
@XmlType(name = "CatalogItemType", propOrder = {"entity", "dateCreated"})
public class CatalogItem extends Entity {
    @XmlAttribute public Long size;
    @XmlElement(name = "Entity") public Reference entity;
    @XmlElement(name = "DateCreated") public String dateCreated;
}
