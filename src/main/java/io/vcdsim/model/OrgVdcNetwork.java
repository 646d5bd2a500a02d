package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** OrgVdcNetwork: a network of an org VDC, with its addressing (go-vcloud-director's types.OrgVDCNetwork). */
@XmlRootElement(name = "OrgVdcNetwork")
@XmlType(name = "OrgVdcNetworkType", propOrder = {"configuration", "edgeGateway", "serviceConfig", "isShared"})
public class OrgVdcNetwork extends Entity {
    @XmlAttribute public Integer status;
    @XmlElement(name = "Configuration") public NetworkConfiguration configuration;
    @XmlElement(name = "EdgeGateway") public Reference edgeGateway;
    /** An isolated network's own services (its DHCP) as a client sends them: taken, not kept. */
    @XmlElement(name = "ServiceConfig") public AnyContent serviceConfig;
    @XmlElement(name = "IsShared") public Boolean isShared;
}
