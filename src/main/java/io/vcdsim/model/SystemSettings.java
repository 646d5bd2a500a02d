package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** vmext:SystemSettings: every part of the system settings, in settings.xsd's order, each also at its own URL. */
@XmlRootElement(name = "SystemSettings", namespace = Ns.VMEXT)
@XmlType(name = "SystemSettingsType", namespace = Ns.VMEXT, propOrder = {"generalSettings", "notificationsSettings",
        "ldapSettings", "amqpSettings", "emailSettings", "license", "brandingSettings", "blockingTaskSettings",
        "passwordPolicySettings", "kerberosSettings", "lookupServiceSettings", "catalogSettings"})
public class SystemSettings extends Resource {
    @XmlElement(name = "GeneralSettings", namespace = Ns.VMEXT) public GeneralSettings generalSettings;
    @XmlElement(name = "NotificationsSettings", namespace = Ns.VMEXT) public NotificationsSettings notificationsSettings;
    @XmlElement(name = "LdapSettings", namespace = Ns.VMEXT) public LdapSettings ldapSettings;
    @XmlElement(name = "AmqpSettings", namespace = Ns.VMEXT) public AmqpSettings amqpSettings;
    @XmlElement(name = "EmailSettings", namespace = Ns.VMEXT) public EmailSettings emailSettings;
    @XmlElement(name = "License", namespace = Ns.VMEXT) public License license;
    @XmlElement(name = "BrandingSettings", namespace = Ns.VMEXT) public BrandingSettings brandingSettings;
    @XmlElement(name = "BlockingTaskSettings", namespace = Ns.VMEXT) public BlockingTaskSettings blockingTaskSettings;
    @XmlElement(name = "PasswordPolicySettings", namespace = Ns.VMEXT)
    public SystemPasswordPolicySettings passwordPolicySettings;
    @XmlElement(name = "KerberosSettings", namespace = Ns.VMEXT) public KerberosSettings kerberosSettings;
    @XmlElement(name = "LookupServiceSettings", namespace = Ns.VMEXT) public LookupServiceSettings lookupServiceSettings;
    @XmlElement(name = "CatalogSettings", namespace = Ns.VMEXT) public CatalogSettings catalogSettings;
}
