package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/**
 * OrgLdapSettingsType: where an org's users come from. NONE (local users only), SYSTEM (the system LDAP directory,
 * under CustomUsersOu if given) or CUSTOM (the org's own directory, CustomOrgLdapSettings). Its marks are checked by
 * {@link SettingsFields}; the password is write-only.
 */
@XmlRootElement(name = "OrgLdapSettings")
@XmlType(name = "OrgLdapSettingsType", propOrder = {"orgLdapMode", "customUsersOu", "customOrgLdapSettings"})
public class OrgLdapSettings extends Resource {
    public static final String NONE = "NONE";
    public static final String SYSTEM = "SYSTEM";
    public static final String CUSTOM = "CUSTOM";

    @XmlElement(name = "OrgLdapMode") @Check.OneOf({NONE, SYSTEM, CUSTOM}) public String orgLdapMode;
    @XmlElement(name = "CustomUsersOu") @Check.Length(1024) public String customUsersOu;
    @XmlElement(name = "CustomOrgLdapSettings") public Custom customOrgLdapSettings;

    /** CustomOrgLdapSettingsType: the org's own directory, in the order vCD writes (and go-vcloud-director sends). */
    @XmlType(name = "CustomOrgLdapSettingsType", propOrder = {"hostName", "port", "isSsl", "isSslAcceptAll",
            "searchBase", "userName", "password", "authenticationMechanism", "isGroupSearchBaseEnabled",
            "groupSearchBase", "connectorType", "userAttributes", "groupAttributes", "useExternalKerberos", "realm"})
    public static class Custom extends Resource {
        @XmlElement(name = "HostName") public String hostName;
        @XmlElement(name = "Port") @Check.Range(min = 1, max = 65535) public Integer port;
        @XmlElement(name = "IsSsl") public Boolean isSsl;
        @XmlElement(name = "IsSslAcceptAll") public Boolean isSslAcceptAll;
        @XmlElement(name = "SearchBase") @Check.Length(1024) public String searchBase;
        @XmlElement(name = "UserName") @Check.Length(1024) public String userName;
        @XmlElement(name = "Password") @Check.Secret public String password;
        @XmlElement(name = "AuthenticationMechanism") @Check.OneOf({"SIMPLE", "KERBEROS", "MD5DIGEST", "NTLM"})
        public String authenticationMechanism;
        @XmlElement(name = "IsGroupSearchBaseEnabled") public Boolean isGroupSearchBaseEnabled;
        @XmlElement(name = "GroupSearchBase") @Check.Length(1024) public String groupSearchBase;
        @XmlElement(name = "ConnectorType") @Check.OneOf({"ACTIVE_DIRECTORY", "OPEN_LDAP"}) public String connectorType;
        @XmlElement(name = "UserAttributes") public UserAttributes userAttributes;
        @XmlElement(name = "GroupAttributes") public GroupAttributes groupAttributes;
        @XmlElement(name = "UseExternalKerberos") public Boolean useExternalKerberos;
        @XmlElement(name = "Realm") public String realm;
    }

    /** OrgLdapUserAttributesType: which attributes of the org's directory hold a user's fields. */
    @XmlType(name = "OrgLdapUserAttributesType", propOrder = {"objectClass", "objectIdentifier", "userName", "email",
            "fullName", "givenName", "surname", "telephone", "groupMembershipIdentifier", "groupBackLinkIdentifier"})
    public static class UserAttributes {
        @XmlElement(name = "ObjectClass") public String objectClass;
        @XmlElement(name = "ObjectIdentifier") public String objectIdentifier;
        @XmlElement(name = "UserName") public String userName;
        @XmlElement(name = "Email") public String email;
        @XmlElement(name = "FullName") public String fullName;
        @XmlElement(name = "GivenName") public String givenName;
        @XmlElement(name = "Surname") public String surname;
        @XmlElement(name = "Telephone") public String telephone;
        @XmlElement(name = "GroupMembershipIdentifier") public String groupMembershipIdentifier;
        @XmlElement(name = "GroupBackLinkIdentifier") public String groupBackLinkIdentifier;
    }

    /** OrgLdapGroupAttributesType: which attributes of the org's directory hold a group's fields. */
    @XmlType(name = "OrgLdapGroupAttributesType", propOrder = {"objectClass", "objectIdentifier", "groupName",
            "membership", "membershipIdentifier", "backLinkIdentifier"})
    public static class GroupAttributes {
        @XmlElement(name = "ObjectClass") public String objectClass;
        @XmlElement(name = "ObjectIdentifier") public String objectIdentifier;
        @XmlElement(name = "GroupName") public String groupName;
        @XmlElement(name = "Membership") public String membership;
        @XmlElement(name = "MembershipIdentifier") public String membershipIdentifier;
        @XmlElement(name = "BackLinkIdentifier") public String backLinkIdentifier;
    }
}
