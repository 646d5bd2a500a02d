package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** vmext:CatalogSettings (API 5.5): when subscribed catalogs synchronize. Its first element is spelled isSyncEnabled. */
@XmlRootElement(name = "CatalogSettings", namespace = Ns.VMEXT)
@XmlType(name = "CatalogSettingsType", namespace = Ns.VMEXT, propOrder = {"isSyncEnabled", "syncStartDate",
        "syncStopDate", "refreshInterval"})
public class CatalogSettings extends Resource {
    @XmlElement(name = "isSyncEnabled", namespace = Ns.VMEXT) public Boolean isSyncEnabled;
    @XmlElement(name = "SyncStartDate", namespace = Ns.VMEXT) @Check.DateTime public String syncStartDate;
    @XmlElement(name = "SyncStopDate", namespace = Ns.VMEXT) @Check.DateTime public String syncStopDate;
    /** Seconds between synchronizations: a minute to a week. */
    @XmlElement(name = "RefreshInterval", namespace = Ns.VMEXT) @Check.Range(min = 60, max = 604800)
    public Integer refreshInterval;
}
