package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

/**
 * VmAffinityRule: two or more VMs of an org VDC kept on one host (Affinity) or on different hosts
 * (Anti-Affinity); go-vcloud-director's types.VmAffinityRule. Name and the rest are elements here, not
 * attributes as on an Entity.
 */
@XmlRootElement(name = "VmAffinityRule")
@XmlType(name = "VmAffinityRuleType", propOrder = {"name", "isEnabled", "isMandatory", "polarity", "scope",
        "vmReferences"})
public class VmAffinityRule extends Resource {
    @XmlAttribute public String id;
    @XmlAttribute public String operationKey;
    @XmlElement(name = "Name") public String name;
    @XmlElement(name = "IsEnabled") public Boolean isEnabled;
    @XmlElement(name = "IsMandatory") public Boolean isMandatory;
    @XmlElement(name = "Polarity") public String polarity;
    @XmlElement(name = "Scope") public String scope;
    /** vCD writes one; go-vcloud-director sends one, and clients may send several. */
    @XmlElement(name = "VmReferences") public List<VmReferences> vmReferences = new ArrayList<>();

    /** VmReferences: the VMs a rule names. */
    @XmlType(name = "VmReferencesType", propOrder = {"vmReference"})
    public static class VmReferences extends Resource {
        @XmlElement(name = "VmReference") public List<Reference> vmReference = new ArrayList<>();
    }

    /** VmAffinityRules: the rules of an org VDC. */
    @XmlRootElement(name = "VmAffinityRules")
    @XmlType(name = "VmAffinityRulesType", propOrder = {"vmAffinityRule"})
    public static class Rules extends Resource {
        @XmlElement(name = "VmAffinityRule") public List<VmAffinityRule> vmAffinityRule = new ArrayList<>();
    }
}
