package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** vmext:AuthorizationCheckResponse: whether the user of an AuthorizationCheckParams may make its request. */
@XmlRootElement(name = "AuthorizationCheckResponse", namespace = Ns.VMEXT)
@XmlType(name = "AuthorizationCheckResponseType", namespace = Ns.VMEXT, propOrder = {"isAuthorized"})
public class AuthorizationCheckResponse {
    @XmlElement(name = "IsAuthorized", namespace = Ns.VMEXT) public Boolean isAuthorized;

    public AuthorizationCheckResponse() {
    }

    public AuthorizationCheckResponse(boolean isAuthorized) {
        this.isAuthorized = isAuthorized;
    }
}
