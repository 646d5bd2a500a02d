package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/**
 * vmext:LookupServiceParams, what a PUT on the lookup service sends: a LookupServiceUrl registers it, an
 * empty or missing one unregisters it. The SSO credentials are used once, never kept.
 */
@XmlRootElement(name = "LookupServiceParams", namespace = Ns.VMEXT)
@XmlType(name = "LookupServiceParamsType", namespace = Ns.VMEXT, propOrder = {"vcdUrl"})
public class LookupServiceParams extends LookupServiceSettings {
    @XmlAttribute(name = "userName") public String userName;
    @XmlAttribute(name = "password") public String password;
    @XmlElement(name = "VCDUrl", namespace = Ns.VMEXT) public String vcdUrl;
}
