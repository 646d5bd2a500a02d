package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** UploadVAppTemplateParams: the name (and description) of a template about to be uploaded as OVF. */
@XmlRootElement(name = "UploadVAppTemplateParams")
@XmlType(name = "UploadVAppTemplateParamsType", propOrder = {"description"})
public class UploadVAppTemplateParams extends Resource {
    @XmlAttribute public String name;
    /** Where the OVF descriptor is, when vCD is to fetch the template itself (upload by link). */
    @XmlAttribute public String sourceHref;
    @XmlAttribute public String transferFormat;
    @XmlAttribute public Boolean manifestRequired;
    @XmlElement(name = "Description") public String description;
}
