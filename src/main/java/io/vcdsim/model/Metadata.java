package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

/** Metadata: every entry of an object the caller may see; POSTed, the entries to add or change. */
@XmlRootElement(name = "Metadata")
@XmlType(name = "MetadataType", propOrder = {"metadataEntry"})
public class Metadata extends Resource {
    @XmlElement(name = "MetadataEntry") public List<MetadataEntry> metadataEntry = new ArrayList<>();
}
