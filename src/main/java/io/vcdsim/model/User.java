package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** UserType, children in schema order. Password is accepted on input and never written out. */
@XmlRootElement(name = "User")
@XmlType(name = "UserType", propOrder = {"fullName", "emailAddress", "telephone", "isEnabled", "isLocked", "im",
        "nameInSource", "isAlertEnabled", "alertEmailPrefix", "alertEmail", "isExternal", "providerType",
        "isDefaultCached", "isGroupRole", "storedVmQuota", "deployedVmQuota", "role", "password"})
public class User extends Entity {
    @XmlElement(name = "FullName") public String fullName;
    @XmlElement(name = "EmailAddress") public String emailAddress;
    @XmlElement(name = "Telephone") public String telephone;
    @XmlElement(name = "IsEnabled") public Boolean isEnabled;
    @XmlElement(name = "IsLocked") public Boolean isLocked;
    @XmlElement(name = "IM") public String im;
    @XmlElement(name = "NameInSource") public String nameInSource;
    @XmlElement(name = "IsAlertEnabled") public Boolean isAlertEnabled;
    @XmlElement(name = "AlertEmailPrefix") public String alertEmailPrefix;
    @XmlElement(name = "AlertEmail") public String alertEmail;
    @XmlElement(name = "IsExternal") public Boolean isExternal;
    @XmlElement(name = "ProviderType") public String providerType;
    @XmlElement(name = "IsDefaultCached") public Boolean isDefaultCached;
    @XmlElement(name = "IsGroupRole") public Boolean isGroupRole;
    @XmlElement(name = "StoredVmQuota") public Integer storedVmQuota;
    @XmlElement(name = "DeployedVmQuota") public Integer deployedVmQuota;
    @XmlElement(name = "Role") public Reference role;
    @XmlElement(name = "Password") public String password;
}
