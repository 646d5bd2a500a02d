package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/**
 * vmext:Service (AdminServiceType): an extension service, the namespace of its tasks and events,
 * and the API filters whose requests vcdsim forwards to it over AMQP (task spec §5.1).
 */
@XmlRootElement(name = "Service", namespace = Ns.VMEXT)
@XmlType(name = "AdminServiceType", namespace = Ns.VMEXT, propOrder = {"namespace", "enabled",
        "authorizationEnabled", "routingKey", "priority", "exchange", "vendor", "apiFilters"})
public class AdminService extends Entity {
    @XmlElement(name = "Namespace", namespace = Ns.VMEXT) public String namespace;
    @XmlElement(name = "Enabled", namespace = Ns.VMEXT) public Boolean enabled;
    @XmlElement(name = "AuthorizationEnabled", namespace = Ns.VMEXT) public Boolean authorizationEnabled;
    @XmlElement(name = "RoutingKey", namespace = Ns.VMEXT) public String routingKey;
    @XmlElement(name = "Priority", namespace = Ns.VMEXT) public Integer priority;
    @XmlElement(name = "Exchange", namespace = Ns.VMEXT) public String exchange;
    @XmlElement(name = "Vendor", namespace = Ns.VMEXT) public String vendor;
    @XmlElement(name = "ApiFilters", namespace = Ns.VMEXT) public ApiFilters apiFilters;
}
