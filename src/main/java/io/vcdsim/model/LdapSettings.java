package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** vmext:LdapSettings: the system LDAP directory and how its users and groups are read. The password is write-only. */
@XmlRootElement(name = "LdapSettings", namespace = Ns.VMEXT)
@XmlType(name = "LdapSettingsType", namespace = Ns.VMEXT, propOrder = {"hostName", "port", "isSsl", "isSslAcceptAll",
        "realm", "pagedSearchDisabled", "pageSize", "maxResults", "maxUserGroups", "searchBase", "userName",
        "password", "authenticationMechanism", "groupSearchBase", "isGroupSearchBaseEnabled", "connectorType",
        "userAttributes", "groupAttributes", "useExternalKerberos"})
public class LdapSettings extends Resource {
    @XmlElement(name = "HostName", namespace = Ns.VMEXT) public String hostName;
    @XmlElement(name = "Port", namespace = Ns.VMEXT) @Check.Range(min = 1, max = 65535) public Integer port;
    @XmlElement(name = "IsSsl", namespace = Ns.VMEXT) public Boolean isSsl;
    @XmlElement(name = "IsSslAcceptAll", namespace = Ns.VMEXT) public Boolean isSslAcceptAll;
    @XmlElement(name = "Realm", namespace = Ns.VMEXT) public String realm;
    @XmlElement(name = "PagedSearchDisabled", namespace = Ns.VMEXT) public Boolean pagedSearchDisabled;
    @XmlElement(name = "PageSize", namespace = Ns.VMEXT) @Check.Range(min = 1, max = 100000) public Integer pageSize;
    @XmlElement(name = "MaxResults", namespace = Ns.VMEXT) @Check.Range(min = 1, max = 100000)
    public Integer maxResults;
    @XmlElement(name = "MaxUserGroups", namespace = Ns.VMEXT) @Check.Range(min = 1, max = 100000)
    public Integer maxUserGroups;
    @XmlElement(name = "SearchBase", namespace = Ns.VMEXT) @Check.Length(1024) public String searchBase;
    @XmlElement(name = "UserName", namespace = Ns.VMEXT) @Check.Length(1024) public String userName;
    @XmlElement(name = "Password", namespace = Ns.VMEXT) @Check.Secret public String password;
    @XmlElement(name = "AuthenticationMechanism", namespace = Ns.VMEXT)
    @Check.OneOf({"SIMPLE", "KERBEROS", "MD5DIGEST", "NTLM"}) public String authenticationMechanism;
    @XmlElement(name = "GroupSearchBase", namespace = Ns.VMEXT) @Check.Length(1024) public String groupSearchBase;
    @XmlElement(name = "IsGroupSearchBaseEnabled", namespace = Ns.VMEXT) public Boolean isGroupSearchBaseEnabled;
    @XmlElement(name = "ConnectorType", namespace = Ns.VMEXT) @Check.OneOf({"ACTIVE_DIRECTORY", "OPEN_LDAP"})
    public String connectorType;
    @XmlElement(name = "UserAttributes", namespace = Ns.VMEXT) public UserAttributes userAttributes;
    @XmlElement(name = "GroupAttributes", namespace = Ns.VMEXT) public GroupAttributes groupAttributes;
    @XmlElement(name = "UseExternalKerberos", namespace = Ns.VMEXT) public Boolean useExternalKerberos;

    /** LdapUserAttributesType: which LDAP attributes hold a user's fields. */
    @XmlType(name = "LdapUserAttributesType", namespace = Ns.VMEXT, propOrder = {"objectClass", "objectIdentifier",
            "userName", "email", "fullName", "givenName", "surname", "telephone", "groupMembershipIdentifier",
            "groupBackLinkIdentifier"})
    public static class UserAttributes {
        @XmlElement(name = "ObjectClass", namespace = Ns.VMEXT) public String objectClass;
        @XmlElement(name = "ObjectIdentifier", namespace = Ns.VMEXT) public String objectIdentifier;
        @XmlElement(name = "UserName", namespace = Ns.VMEXT) public String userName;
        @XmlElement(name = "Email", namespace = Ns.VMEXT) public String email;
        @XmlElement(name = "FullName", namespace = Ns.VMEXT) public String fullName;
        @XmlElement(name = "GivenName", namespace = Ns.VMEXT) public String givenName;
        @XmlElement(name = "Surname", namespace = Ns.VMEXT) public String surname;
        @XmlElement(name = "Telephone", namespace = Ns.VMEXT) public String telephone;
        @XmlElement(name = "GroupMembershipIdentifier", namespace = Ns.VMEXT) public String groupMembershipIdentifier;
        @XmlElement(name = "GroupBackLinkIdentifier", namespace = Ns.VMEXT) public String groupBackLinkIdentifier;
    }

    /** LdapGroupAttributesType: which LDAP attributes hold a group's fields. */
    @XmlType(name = "LdapGroupAttributesType", namespace = Ns.VMEXT, propOrder = {"objectClass", "objectIdentifier",
            "groupName", "membership", "membershipIdentifier", "backLinkIdentifier"})
    public static class GroupAttributes {
        @XmlElement(name = "ObjectClass", namespace = Ns.VMEXT) public String objectClass;
        @XmlElement(name = "ObjectIdentifier", namespace = Ns.VMEXT) public String objectIdentifier;
        @XmlElement(name = "GroupName", namespace = Ns.VMEXT) public String groupName;
        @XmlElement(name = "Membership", namespace = Ns.VMEXT) public String membership;
        @XmlElement(name = "MembershipIdentifier", namespace = Ns.VMEXT) public String membershipIdentifier;
        @XmlElement(name = "BackLinkIdentifier", namespace = Ns.VMEXT) public String backLinkIdentifier;
    }
}
