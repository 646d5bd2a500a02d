package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.XmlValue;

/** ScreenTicket: a running VM's console ticket, as {@code mks://host/vm-moref/ticket}. */
@XmlRootElement(name = "ScreenTicket")
@XmlType(name = "ScreenTicketType")
public class ScreenTicket {
    @XmlValue public String value;
}
