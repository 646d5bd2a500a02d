package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/**
 * vmext:SystemPasswordPolicySettings (inside SystemSettings: PasswordPolicySettings): account lockout of
 * the System organization's users after failed logins.
 */
@XmlRootElement(name = "SystemPasswordPolicySettings", namespace = Ns.VMEXT)
@XmlType(name = "SystemPasswordPolicySettingsType", namespace = Ns.VMEXT, propOrder = {"accountLockoutEnabled",
        "adminAccountLockoutEnabled", "invalidLoginsBeforeLockout", "accountLockoutIntervalMinutes"})
public class SystemPasswordPolicySettings extends Resource {
    @XmlElement(name = "AccountLockoutEnabled", namespace = Ns.VMEXT) public Boolean accountLockoutEnabled;
    @XmlElement(name = "AdminAccountLockoutEnabled", namespace = Ns.VMEXT) public Boolean adminAccountLockoutEnabled;
    @XmlElement(name = "InvalidLoginsBeforeLockout", namespace = Ns.VMEXT) @Check.Range(min = 1, max = 1000)
    public Integer invalidLoginsBeforeLockout;
    @XmlElement(name = "AccountLockoutIntervalMinutes", namespace = Ns.VMEXT) @Check.Range(min = 1, max = 525600)
    public Integer accountLockoutIntervalMinutes;
}
