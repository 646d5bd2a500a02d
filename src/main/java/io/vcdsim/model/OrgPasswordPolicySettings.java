package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** OrgPasswordPolicySettings: whether, after how many failed logins and for how long accounts are locked. */
@XmlRootElement(name = "OrgPasswordPolicySettings")
@XmlType(name = "OrgPasswordPolicySettingsType", propOrder = {"accountLockoutEnabled", "invalidLoginsBeforeLockout",
    "accountLockoutIntervalMinutes"})
public class OrgPasswordPolicySettings extends Resource {
    @XmlElement(name = "AccountLockoutEnabled") public Boolean accountLockoutEnabled;
    @XmlElement(name = "InvalidLoginsBeforeLockout") public Integer invalidLoginsBeforeLockout;
    @XmlElement(name = "AccountLockoutIntervalMinutes") public Integer accountLockoutIntervalMinutes;
}
