package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** MksTicket: where a WebMKS console connects for a running VM (the cell's console proxy), and its ticket. */
@XmlRootElement(name = "MksTicket")
@XmlType(name = "MksTicketType", propOrder = {"host", "vmx", "ticket", "port"})
public class MksTicket {
    @XmlElement(name = "Host") public String host;
    @XmlElement(name = "Vmx") public String vmx;
    @XmlElement(name = "Ticket") public String ticket;
    @XmlElement(name = "Port") public Integer port;
}
