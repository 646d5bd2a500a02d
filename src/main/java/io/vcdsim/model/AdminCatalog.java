package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** AdminCatalogType: the catalog as its organization's administrators see and create it. */
@XmlRootElement(name = "AdminCatalog")
@XmlType(name = "AdminCatalogType")
public class AdminCatalog extends Catalog {
}
