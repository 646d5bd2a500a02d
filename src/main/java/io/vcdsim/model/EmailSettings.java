package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** vmext:EmailSettings: who system mail comes from and goes to, and the SMTP server it is sent through. */
@XmlRootElement(name = "EmailSettings", namespace = Ns.VMEXT)
@XmlType(name = "EmailSettingsType", namespace = Ns.VMEXT, propOrder = {"senderEmailAddress", "emailSubjectPrefix",
        "alertEmailToAllAdmins", "alertEmailTo", "smtpSettings"})
public class EmailSettings extends Resource {
    @XmlElement(name = "SenderEmailAddress", namespace = Ns.VMEXT) public String senderEmailAddress;
    @XmlElement(name = "EmailSubjectPrefix", namespace = Ns.VMEXT) public String emailSubjectPrefix;
    @XmlElement(name = "AlertEmailToAllAdmins", namespace = Ns.VMEXT) public Boolean alertEmailToAllAdmins;
    /** Comma-separated addresses, used when AlertEmailToAllAdmins is false. */
    @XmlElement(name = "AlertEmailTo", namespace = Ns.VMEXT) @Check.Length(1024) public String alertEmailTo;
    @XmlElement(name = "SmtpSettings", namespace = Ns.VMEXT) public SmtpSettings smtpSettings;

    /** SmtpSettingsType (API 5.5 form, with its ssl flag). The password is write-only. */
    @XmlType(name = "SmtpSettingsType", namespace = Ns.VMEXT, propOrder = {"useAuthentication", "smtpServerName",
            "smtpServerPort", "ssl", "userName", "password"})
    public static class SmtpSettings {
        @XmlElement(name = "UseAuthentication", namespace = Ns.VMEXT) public Boolean useAuthentication;
        @XmlElement(name = "SmtpServerName", namespace = Ns.VMEXT) public String smtpServerName;
        @XmlElement(name = "SmtpServerPort", namespace = Ns.VMEXT) @Check.Range(min = 1, max = 65535)
        public Integer smtpServerPort;
        @XmlElement(name = "ssl", namespace = Ns.VMEXT) public Boolean ssl;
        @XmlElement(name = "UserName", namespace = Ns.VMEXT) public String userName;
        @XmlElement(name = "Password", namespace = Ns.VMEXT) @Check.Secret @Check.Length(128) public String password;
    }
}
