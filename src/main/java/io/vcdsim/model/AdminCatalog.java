package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.List;

/** AdminCatalogType: the catalog as its organization's administrators see and create it. */
@XmlRootElement(name = "AdminCatalog")
@XmlType(name = "AdminCatalogType", propOrder = {"catalogStorageProfiles", "externalCatalogSubscriptionParams"})
public class AdminCatalog extends Catalog {
    /** The storage profile the catalog's items are kept on (vcdsim keeps them on one), or none: an empty list. */
    @XmlElementWrapper(name = "CatalogStorageProfiles") @XmlElement(name = "VdcStorageProfile")
    public List<Reference> catalogStorageProfiles;
    /** The subscription of a subscribed catalog: what its creation asks for, and what it shows. */
    @XmlElement(name = "ExternalCatalogSubscriptionParams")
    public ExternalCatalogSubscriptionParams externalCatalogSubscriptionParams;
}
