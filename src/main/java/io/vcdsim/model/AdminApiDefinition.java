package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

/**
 * vmext:ApiDefinition (AdminApiDefinitionType): where an extension service's API is (EntryPoint, which may hold
 * {baseUri}), the versions it supports and the files that describe it, as its system administrator registers it.
 */
@XmlRootElement(name = "ApiDefinition", namespace = Ns.VMEXT)
@XmlType(name = "AdminApiDefinitionType", namespace = Ns.VMEXT, propOrder = {"entryPoint", "namespace", "apiVendor",
        "supportedApiVersions", "files"})
public class AdminApiDefinition extends Entity {
    @XmlElement(name = "EntryPoint", namespace = Ns.VMEXT) public String entryPoint;
    @XmlElement(name = "Namespace", namespace = Ns.VMEXT) public String namespace;
    @XmlElement(name = "ApiVendor", namespace = Ns.VMEXT) public String apiVendor;
    @XmlElement(name = "SupportedApiVersions", namespace = Ns.VMEXT) public Versions supportedApiVersions;
    @XmlElement(name = "Files", namespace = Ns.VMEXT) public Files files;

    /** VersionsType: one Version element per version. */
    @XmlType(name = "VersionsType", namespace = Ns.VMEXT, propOrder = {"version"})
    public static class Versions {
        @XmlElement(name = "Version", namespace = Ns.VMEXT) public List<String> version = new ArrayList<>();
    }

    /** AdminFileDescriptorsType. */
    @XmlType(name = "AdminFileDescriptorsType", namespace = Ns.VMEXT, propOrder = {"fileDescriptor"})
    public static class Files {
        @XmlElement(name = "FileDescriptor", namespace = Ns.VMEXT)
        public List<AdminFileDescriptor> fileDescriptor = new ArrayList<>();
    }
}
