package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.List;

/** CaptureVAppParams: a vApp (Source) to capture as a vApp template of the catalog it is posted to. */
@XmlRootElement(name = "CaptureVAppParams")
@XmlType(name = "CaptureVAppParamsType", propOrder = {"description", "source", "targetCatalogItem", "rest"})
public class CaptureVAppParams {
    @XmlAttribute public String name;
    @XmlElement(name = "Description") public String description;
    @XmlElement(name = "Source") public Reference source;
    /** The item to overwrite (pyvcloud's capture_vapp with overwrite). */
    @XmlElement(name = "TargetCatalogItem") public Reference targetCatalogItem;
    /** CustomizationSection and the like: taken, not used. */
    @XmlAnyElement public List<Object> rest;
}
