package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** vmext:AmqpSettings: the broker notifications go to (task spec §4.1). The password is write-only. */
@XmlRootElement(name = "AmqpSettings", namespace = Ns.VMEXT)
@XmlType(name = "AmqpSettingsType", namespace = Ns.VMEXT, propOrder = {"amqpHost", "amqpPort", "amqpUsername",
        "amqpPassword", "amqpExchange", "amqpVHost", "amqpUseSsl", "amqpSslAcceptAll", "amqpPrefix"})
public class AmqpSettings extends Resource {
    @XmlElement(name = "AmqpHost", namespace = Ns.VMEXT) public String amqpHost;
    @XmlElement(name = "AmqpPort", namespace = Ns.VMEXT) public Integer amqpPort;
    @XmlElement(name = "AmqpUsername", namespace = Ns.VMEXT) public String amqpUsername;
    @XmlElement(name = "AmqpPassword", namespace = Ns.VMEXT) public String amqpPassword;
    @XmlElement(name = "AmqpExchange", namespace = Ns.VMEXT) public String amqpExchange;
    @XmlElement(name = "AmqpVHost", namespace = Ns.VMEXT) public String amqpVHost;
    @XmlElement(name = "AmqpUseSSL", namespace = Ns.VMEXT) public Boolean amqpUseSsl;
    @XmlElement(name = "AmqpSslAcceptAll", namespace = Ns.VMEXT) public Boolean amqpSslAcceptAll;
    @XmlElement(name = "AmqpPrefix", namespace = Ns.VMEXT) public String amqpPrefix;
}
