package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlSeeAlso;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;

/**
 * vmext:AclRule: who may invoke a resource class action. Each access is Shared, Published (organizations
 * only) or Entity, which names the service resource, organization, or user or right in its Entity.
 */
@XmlRootElement(name = "AclRule", namespace = Ns.VMEXT)
@XmlSeeAlso(ResourceReference.class)
@XmlType(name = "AclRuleType", namespace = Ns.VMEXT, propOrder = {"serviceResourceAccess", "organizationAccess",
        "principalAccess"})
public class AclRule extends Entity {
    @XmlElement(name = "ServiceResourceAccess", namespace = Ns.VMEXT) public Access serviceResourceAccess;
    @XmlElement(name = "OrganizationAccess", namespace = Ns.VMEXT) public Access organizationAccess;
    @XmlElement(name = "PrincipalAccess", namespace = Ns.VMEXT) public Access principalAccess;

    /** AclAccessType. */
    @XmlType(name = "AclAccessType", namespace = Ns.VMEXT, propOrder = {"access", "entity"})
    public static class Access {
        @XmlElement(name = "Access", namespace = Ns.VMEXT) public String access;
        @XmlElement(name = "Entity", namespace = Ns.VMEXT) public Reference entity;

        public Access() {
        }

        public Access(String access, Reference entity) {
            this.access = access;
            this.entity = entity;
        }
    }

    /** AclRulesType: a resource class action's rules, inside the action. */
    @XmlType(name = "AclRulesType", namespace = Ns.VMEXT, propOrder = {"aclRule"})
    public static class List {
        @XmlElement(name = "AclRule", namespace = Ns.VMEXT) public java.util.List<AclRule> aclRule = new ArrayList<>();
    }
}
