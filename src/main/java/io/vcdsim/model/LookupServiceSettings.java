package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** vmext:LookupServiceSettings (API 5.1): the vSphere Lookup Service registered, if any (empty: none). */
@XmlRootElement(name = "LookupServiceSettings", namespace = Ns.VMEXT)
@XmlType(name = "LookupServiceSettingsType", namespace = Ns.VMEXT, propOrder = {"lookupServiceUrl"})
public class LookupServiceSettings extends Resource {
    @XmlElement(name = "LookupServiceUrl", namespace = Ns.VMEXT) @Check.Url @Check.Length(1024)
    public String lookupServiceUrl;
}
