package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** vmext:AuthorizationCheckParams: may this user make this request to an extension service? */
@XmlRootElement(name = "AuthorizationCheckParams", namespace = Ns.VMEXT)
@XmlType(name = "AuthorizationCheckParamsType", namespace = Ns.VMEXT, propOrder = {"vCloudExtension", "user",
        "httpMethod", "url"})
public class AuthorizationCheckParams {
    @XmlElement(name = "VCloudExtension", namespace = Ns.VCLOUD) public VCloudExtension vCloudExtension;
    @XmlElement(name = "User", namespace = Ns.VCLOUD) public Reference user;
    @XmlElement(name = "HttpMethod", namespace = Ns.VMEXT) public String httpMethod;
    @XmlElement(name = "URL", namespace = Ns.VMEXT) public String url;
}
