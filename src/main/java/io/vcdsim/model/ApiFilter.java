package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** vmext:ApiFilter: requests whose URL matches UrlPattern (a java.util.regex) go to the service. */
@XmlRootElement(name = "ApiFilter", namespace = Ns.VMEXT)
@XmlType(name = "ApiFilterType", namespace = Ns.VMEXT, propOrder = {"urlPattern", "responseContentType"})
public class ApiFilter extends Resource {
    @XmlElement(name = "UrlPattern", namespace = Ns.VMEXT) public String urlPattern;
    @XmlElement(name = "ResponseContentType", namespace = Ns.VMEXT) public String responseContentType;
}
