package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

/**
 * SyslogServerSettings of an edge gateway (SyslogServerType): the tenant's syslog server, which vCD shows in the
 * gateway's Configuration and takes at {@code action/configureSyslogServerSettings}. vCD allows one address; the
 * element is a list because pyvcloud appends to what it read.
 */
@XmlRootElement(name = "SyslogServerSettings")
@XmlType(name = "SyslogServerType")
public class SyslogServerSettings {
    @XmlElement(name = "TenantSyslogServerSettings") public Tenant tenantSyslogServerSettings;

    @XmlType(name = "TenantSyslogServerSettingsType")
    public static class Tenant {
        @XmlElement(name = "SyslogServerIp") public List<String> syslogServerIp = new ArrayList<>();
    }

    public static SyslogServerSettings of(String ip) {
        SyslogServerSettings s = new SyslogServerSettings();
        s.tenantSyslogServerSettings = new Tenant();
        if (ip != null) {
            s.tenantSyslogServerSettings.syslogServerIp.add(ip);
        }
        return s;
    }
}
