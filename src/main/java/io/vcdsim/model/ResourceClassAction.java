package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** vmext:ResourceClassAction: an HTTP method on the URLs UrlPattern matches, which ACL rules grant. */
@XmlRootElement(name = "ResourceClassAction", namespace = Ns.VMEXT)
@XmlType(name = "ResourceClassActionType", namespace = Ns.VMEXT, propOrder = {"httpMethod", "urlPattern",
        "aclRules"})
public class ResourceClassAction extends Entity {
    @XmlElement(name = "HttpMethod", namespace = Ns.VMEXT) public String httpMethod;
    @XmlElement(name = "UrlPattern", namespace = Ns.VMEXT) public String urlPattern;
    @XmlElement(name = "AclRules", namespace = Ns.VMEXT) public AclRule.List aclRules;
}
