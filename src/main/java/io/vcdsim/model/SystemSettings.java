package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** vmext:SystemSettings: the extension settings, each also at its own URL behind a down link. */
@XmlRootElement(name = "SystemSettings", namespace = Ns.VMEXT)
@XmlType(name = "SystemSettingsType", namespace = Ns.VMEXT, propOrder = {"notificationsSettings",
        "amqpSettings", "blockingTaskSettings"})
public class SystemSettings extends Resource {
    @XmlElement(name = "NotificationsSettings", namespace = Ns.VMEXT) public NotificationsSettings notificationsSettings;
    @XmlElement(name = "AmqpSettings", namespace = Ns.VMEXT) public AmqpSettings amqpSettings;
    @XmlElement(name = "BlockingTaskSettings", namespace = Ns.VMEXT) public BlockingTaskSettings blockingTaskSettings;
}
