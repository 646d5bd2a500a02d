package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** vmext:GeneralSettings (settings.xsd, as of API 5.5): timeouts, retention, addresses and certificate checks. */
@XmlRootElement(name = "GeneralSettings", namespace = Ns.VMEXT)
@XmlType(name = "GeneralSettingsType", namespace = Ns.VMEXT, propOrder = {"absoluteSessionTimeoutMinutes",
        "activityLogDisplayDays", "activityLogKeepDays", "allowOverlappingExtNets", "chargebackEventsKeepDays",
        "chargebackTablesCleanupJobTimeInSeconds", "consoleProxyExternalAddress", "hostCheckDelayInSeconds",
        "hostCheckTimeoutSeconds", "installationId", "ipReservationTimeoutSeconds", "syslogServerSettings",
        "loginNameOnly", "prePopDefaultName", "quarantineEnabled", "quarantineResponseTimeoutSeconds",
        "restApiBaseUri", "sessionTimeoutMinutes", "showStackTraces", "syncStartDate", "syncIntervalInHours",
        "systemExternalAddress", "transferSessionTimeoutSeconds", "verifyVcCertificates", "vcTruststorePassword",
        "vcTruststoreContents", "vcTruststoreType", "vmrcVersion", "verifyVsmCertificates", "elasticAllocationPool"})
public class GeneralSettings extends Resource {
    /** The longest idle timeout a PUT may set, in minutes. */
    public static final int MAX_SESSION_TIMEOUT_MINUTES = 3600;
    private static final long DAY = 24 * 3600;

    @XmlElement(name = "AbsoluteSessionTimeoutMinutes", namespace = Ns.VMEXT) @Check.Range(min = 1, max = 43200)
    public Integer absoluteSessionTimeoutMinutes;
    @XmlElement(name = "ActivityLogDisplayDays", namespace = Ns.VMEXT) @Check.Range(min = 0, max = 36500)
    public Integer activityLogDisplayDays;
    @XmlElement(name = "ActivityLogKeepDays", namespace = Ns.VMEXT) @Check.Range(min = 0, max = 36500)
    public Integer activityLogKeepDays;
    @XmlElement(name = "AllowOverlappingExtNets", namespace = Ns.VMEXT) public Boolean allowOverlappingExtNets;
    @XmlElement(name = "ChargebackEventsKeepDays", namespace = Ns.VMEXT) @Check.Range(min = 0, max = 36500)
    public Integer chargebackEventsKeepDays;
    @XmlElement(name = "ChargebackTablesCleanupJobTimeInSeconds", namespace = Ns.VMEXT)
    @Check.Range(min = 0, max = DAY) public Integer chargebackTablesCleanupJobTimeInSeconds;
    @XmlElement(name = "ConsoleProxyExternalAddress", namespace = Ns.VMEXT) public String consoleProxyExternalAddress;
    @XmlElement(name = "HostCheckDelayInSeconds", namespace = Ns.VMEXT) @Check.Range(min = 1, max = DAY)
    public Integer hostCheckDelayInSeconds;
    @XmlElement(name = "HostCheckTimeoutSeconds", namespace = Ns.VMEXT) @Check.Range(min = 1, max = DAY)
    public Integer hostCheckTimeoutSeconds;
    @XmlElement(name = "InstallationId", namespace = Ns.VMEXT) @Check.ReadOnly public Integer installationId;
    @XmlElement(name = "IpReservationTimeoutSeconds", namespace = Ns.VMEXT) @Check.Range(min = 1, max = 30 * DAY)
    public Integer ipReservationTimeoutSeconds;
    @XmlElement(name = "SyslogServerSettings", namespace = Ns.VMEXT) public SyslogServerSettings syslogServerSettings;
    @XmlElement(name = "LoginNameOnly", namespace = Ns.VMEXT) public Boolean loginNameOnly;
    @XmlElement(name = "PrePopDefaultName", namespace = Ns.VMEXT) public Boolean prePopDefaultName;
    @XmlElement(name = "QuarantineEnabled", namespace = Ns.VMEXT) public Boolean quarantineEnabled;
    @XmlElement(name = "QuarantineResponseTimeoutSeconds", namespace = Ns.VMEXT)
    @Check.Range(min = 1, max = 30 * DAY) public Integer quarantineResponseTimeoutSeconds;
    @XmlElement(name = "RestApiBaseUri", namespace = Ns.VMEXT) @Check.Url public String restApiBaseUri;
    @XmlElement(name = "SessionTimeoutMinutes", namespace = Ns.VMEXT)
    @Check.Range(min = 1, max = MAX_SESSION_TIMEOUT_MINUTES) public Integer sessionTimeoutMinutes;
    @XmlElement(name = "ShowStackTraces", namespace = Ns.VMEXT) public Boolean showStackTraces;
    @XmlElement(name = "SyncStartDate", namespace = Ns.VMEXT) @Check.DateTime public String syncStartDate;
    @XmlElement(name = "SyncIntervalInHours", namespace = Ns.VMEXT) @Check.Range(min = 1, max = 8760)
    public Integer syncIntervalInHours;
    @XmlElement(name = "SystemExternalAddress", namespace = Ns.VMEXT) @Check.Url public String systemExternalAddress;
    @XmlElement(name = "TransferSessionTimeoutSeconds", namespace = Ns.VMEXT)
    @Check.Range(min = 2700, max = 30 * DAY) public Integer transferSessionTimeoutSeconds;
    @XmlElement(name = "VerifyVcCertificates", namespace = Ns.VMEXT) public Boolean verifyVcCertificates;
    @XmlElement(name = "VcTruststorePassword", namespace = Ns.VMEXT) @Check.Secret @Check.Length(128)
    public String vcTruststorePassword;
    @XmlElement(name = "VcTruststoreContents", namespace = Ns.VMEXT) @Check.Secret @Check.Length(262144)
    public String vcTruststoreContents;
    @XmlElement(name = "VcTruststoreType", namespace = Ns.VMEXT) @Check.OneOf({"JCEKS", "JKS", "PKCS12"})
    public String vcTruststoreType;
    @XmlElement(name = "VmrcVersion", namespace = Ns.VMEXT) public String vmrcVersion;
    @XmlElement(name = "VerifyVsmCertificates", namespace = Ns.VMEXT) public Boolean verifyVsmCertificates;
    @XmlElement(name = "ElasticAllocationPool", namespace = Ns.VMEXT) public Boolean elasticAllocationPool;

    /** SyslogServerSettingsType, a vcloud type: its addresses are in the vcloud namespace. */
    @XmlType(name = "SyslogServerSettingsType", namespace = Ns.VCLOUD, propOrder = {"syslogServerIp1",
            "syslogServerIp2"})
    public static class SyslogServerSettings {
        @XmlElement(name = "SyslogServerIp1", namespace = Ns.VCLOUD) @Check.Length(45) public String syslogServerIp1;
        @XmlElement(name = "SyslogServerIp2", namespace = Ns.VCLOUD) @Check.Length(45) public String syslogServerIp2;
    }
}
