package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.List;

/** vmext:KerberosSettings: the Kerberos realms LDAP logins may use, each with its KDC and DNS domains. */
@XmlRootElement(name = "KerberosSettings", namespace = Ns.VMEXT)
@XmlType(name = "KerberosSettingsType", namespace = Ns.VMEXT, propOrder = {"realm"})
public class KerberosSettings extends Resource {
    @XmlAttribute(name = "allowLowerCaseRealms") public Boolean allowLowerCaseRealms;
    @XmlElement(name = "Realm", namespace = Ns.VMEXT) public List<Realm> realm;

    /** RealmType: a realm's name and KDC (attributes) and the domains that map to it. */
    @XmlType(name = "RealmType", namespace = Ns.VMEXT, propOrder = {"domain"})
    public static class Realm {
        @XmlAttribute(name = "name") public String name;
        @XmlAttribute(name = "kdc") public String kdc;
        @XmlElement(name = "Domain", namespace = Ns.VMEXT) public List<String> domain;
    }
}
