package io.vcdsim.model.versions;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

@XmlRootElement(name = "SupportedVersions")
@XmlType(name = "SupportedVersionsType")
public class SupportedVersions {
    @XmlElement(name = "VersionInfo") public List<VersionInfo> versionInfo = new ArrayList<>();

    @XmlType(name = "VersionInfoType", propOrder = {"version", "loginUrl"})
    public static class VersionInfo {
        @XmlAttribute public Boolean deprecated;
        @XmlElement(name = "Version") public String version;
        @XmlElement(name = "LoginUrl") public String loginUrl;
    }
}
