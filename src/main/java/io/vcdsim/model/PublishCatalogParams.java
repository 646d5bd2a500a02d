package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.List;

/** PublishCatalogParams: whether the catalog is published to the other orgs (the rest is taken, not kept). */
@XmlRootElement(name = "PublishCatalogParams")
@XmlType(name = "PublishCatalogParamsType", propOrder = {"isPublished", "rest"})
public class PublishCatalogParams {
    @XmlElement(name = "IsPublished") public Boolean isPublished;
    @XmlAnyElement public List<Object> rest;
}
