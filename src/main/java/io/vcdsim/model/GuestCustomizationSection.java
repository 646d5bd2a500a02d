package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

/** GuestCustomizationSection: how vCD would customize a VM's guest (computer name, passwords, domain, script). */
@XmlRootElement(name = "GuestCustomizationSection")
@XmlType(name = "GuestCustomizationSectionType", propOrder = {"info", "enabled", "changeSid", "virtualMachineId",
        "joinDomainEnabled", "useOrgSettings", "domainName", "domainUserName", "domainUserPassword",
        "machineObjectOU", "adminPasswordEnabled", "adminPasswordAuto", "adminPassword", "adminAutoLogonEnabled",
        "adminAutoLogonCount", "resetPasswordRequired", "customizationScript", "computerName", "link"})
public class GuestCustomizationSection {
    @XmlAttribute public String href;
    @XmlAttribute public String type;
    @XmlAttribute(name = "required", namespace = Ns.OVF) public Boolean required;
    @XmlElement(name = "Info", namespace = Ns.OVF) public String info;
    @XmlElement(name = "Enabled") public Boolean enabled;
    @XmlElement(name = "ChangeSid") public Boolean changeSid;
    @XmlElement(name = "VirtualMachineId") public String virtualMachineId;
    @XmlElement(name = "JoinDomainEnabled") public Boolean joinDomainEnabled;
    @XmlElement(name = "UseOrgSettings") public Boolean useOrgSettings;
    @XmlElement(name = "DomainName") public String domainName;
    @XmlElement(name = "DomainUserName") public String domainUserName;
    @XmlElement(name = "DomainUserPassword") public String domainUserPassword;
    @XmlElement(name = "MachineObjectOU") public String machineObjectOU;
    @XmlElement(name = "AdminPasswordEnabled") public Boolean adminPasswordEnabled;
    @XmlElement(name = "AdminPasswordAuto") public Boolean adminPasswordAuto;
    @XmlElement(name = "AdminPassword") public String adminPassword;
    @XmlElement(name = "AdminAutoLogonEnabled") public Boolean adminAutoLogonEnabled;
    @XmlElement(name = "AdminAutoLogonCount") public Integer adminAutoLogonCount;
    @XmlElement(name = "ResetPasswordRequired") public Boolean resetPasswordRequired;
    @XmlElement(name = "CustomizationScript") public String customizationScript;
    @XmlElement(name = "ComputerName") public String computerName;
    @XmlElement(name = "Link") public List<Link> link = new ArrayList<>();
}
