package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** vmext:NotificationsSettings: whether events are published over AMQP (task spec §4.2). */
@XmlRootElement(name = "NotificationsSettings", namespace = Ns.VMEXT)
@XmlType(name = "NotificationsSettingsType", namespace = Ns.VMEXT, propOrder = {"enableNotifications"})
public class NotificationsSettings extends Resource {
    @XmlElement(name = "EnableNotifications", namespace = Ns.VMEXT) public Boolean enableNotifications;
}
