package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.List;

/** vcloud:ApiDefinition: an extension service's API definition as every authenticated user reads it. */
@XmlRootElement(name = "ApiDefinition")
@XmlType(name = "ApiDefinitionType", propOrder = {"entryPoint", "namespace", "apiVendor", "supportedApiVersions"})
public class ApiDefinition extends Entity {
    @XmlElement(name = "EntryPoint") public String entryPoint;
    @XmlElement(name = "Namespace") public String namespace;
    @XmlElement(name = "ApiVendor") public String apiVendor;
    @XmlElementWrapper(name = "SupportedApiVersions") @XmlElement(name = "Version")
    public List<String> supportedApiVersions;
}
