package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.List;

/** ControlAccessParams: who may use a catalog, vApp or VDC, and how much (ReadOnly, Change, FullControl). */
@XmlRootElement(name = "ControlAccessParams")
@XmlType(name = "ControlAccessParamsType", propOrder = {"isSharedToEveryone", "everyoneAccessLevel",
        "accessSettings"})
public class ControlAccessParams {
    @XmlElement(name = "IsSharedToEveryone") public Boolean isSharedToEveryone;
    @XmlElement(name = "EveryoneAccessLevel") public String everyoneAccessLevel;
    @XmlElementWrapper(name = "AccessSettings") @XmlElement(name = "AccessSetting")
    public List<AccessSetting> accessSettings;

    @XmlType(name = "AccessSettingType", propOrder = {"subject", "externalSubject", "accessLevel"})
    public static class AccessSetting {
        @XmlElement(name = "Subject") public Reference subject;
        /** A subject of an identity provider: vcdsim has none, and refuses it. */
        @XmlAnyElement public List<Object> externalSubject;
        @XmlElement(name = "AccessLevel") public String accessLevel;
    }
}
