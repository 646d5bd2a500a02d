package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

/**
 * SelectorExtension (SelectorExtensionType, selectorExtensibility.xsd, API 16.0), in the vcloud namespace: an object
 * extension assigned, at some phases, to the workflows of one selector (a provider VDC, VDC or organization) or of
 * any of its type.
 */
@XmlRootElement(name = "SelectorExtension")
@XmlType(name = "SelectorExtensionType", propOrder = {"enabled", "priority", "objectExtensionId", "phases"})
public class SelectorExtension extends Resource {
    @XmlAttribute public String id;
    @XmlAttribute public String operationKey;
    @XmlElement(name = "Enabled") public Boolean enabled;
    @XmlElement(name = "Priority") public Integer priority;
    @XmlElement(name = "ObjectExtensionId") public String objectExtensionId;
    @XmlElement(name = "Phases") public Phases phases;

    @XmlType(name = "PhasesType")
    public static class Phases {
        @XmlElement(name = "Phase") public List<Phase> phase = new ArrayList<>();
    }

    /** An extension point ({@code urn:extensionPoint:…}), how vCD waits there, and whether a failure is tolerated. */
    @XmlType(name = "PhaseType")
    public static class Phase {
        @XmlAttribute public String name;
        @XmlAttribute public String type;
        @XmlAttribute public Boolean optional;
    }

    /** SelectorExtensions: the selector extensions at one selector, or of one object extension. */
    @XmlRootElement(name = "SelectorExtensions")
    @XmlType(name = "SelectorExtensionsType")
    public static class Collection extends Resource {
        @XmlElement(name = "SelectorExtension") public List<SelectorExtension> selectorExtension = new ArrayList<>();
    }
}
