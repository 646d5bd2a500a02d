package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.List;

/** CopyOrMoveCatalogItemParams: a catalog item (Source) to copy or move into the catalog it is posted to. */
@XmlRootElement(name = "CopyOrMoveCatalogItemParams")
@XmlType(name = "CopyOrMoveCatalogItemParamsType", propOrder = {"description", "source", "rest"})
public class CopyOrMoveCatalogItemParams {
    /** The item's name in the target catalog; the source's when absent. */
    @XmlAttribute public String name;
    @XmlElement(name = "Description") public String description;
    @XmlElement(name = "Source") public Reference source;
    /** VCloudExtension: taken, not used. */
    @XmlAnyElement public List<Object> rest;
}
