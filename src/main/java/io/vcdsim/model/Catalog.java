package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

/** CatalogType (AdminCatalog shares the shape); children in schema order. */
@XmlRootElement(name = "Catalog")
@XmlType(name = "CatalogType", propOrder = {"owner", "catalogItems", "isPublished", "dateCreated",
        "publishExternalCatalogParams"})
public class Catalog extends Entity {
    @XmlElement(name = "Owner") public Owner owner;
    @XmlElementWrapper(name = "CatalogItems") @XmlElement(name = "CatalogItem")
    public List<Reference> catalogItems = new ArrayList<>();
    @XmlElement(name = "IsPublished") public Boolean isPublished;
    @XmlElement(name = "DateCreated") public String dateCreated;
    /** How the catalog is published to external organizations, when it is. */
    @XmlElement(name = "PublishExternalCatalogParams") public PublishExternalCatalogParams publishExternalCatalogParams;
}
