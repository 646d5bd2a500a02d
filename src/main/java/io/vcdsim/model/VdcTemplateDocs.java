package io.vcdsim.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlSeeAlso;
import jakarta.xml.bind.annotation.XmlTransient;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

/**
 * VDC templates (API 5.7): VMWVdcTemplate as system administrators manage it, the lists of templates, the
 * tenants' VdcTemplate and InstantiateVdcTemplateParams. go-vcloud-director (v2.25+) sends and reads
 * VMWVdcTemplate in JSON: the field names below are its JSON names, the specification's type is {@code _type}.
 */
public final class VdcTemplateDocs {
    private VdcTemplateDocs() {
    }

    /** vmext:VMWVdcTemplate. */
    @XmlRootElement(name = "VMWVdcTemplate", namespace = Ns.VMEXT)
    @XmlType(name = "VMWVdcTemplateType", namespace = Ns.VMEXT, propOrder = {"tenantName", "tenantDescription",
            "networkBackingType", "providerVdcReference", "vdcTemplateSpecification"})
    public static class Template extends Entity {
        @XmlElement(name = "TenantName", namespace = Ns.VMEXT) public String tenantName;
        @XmlElement(name = "TenantDescription", namespace = Ns.VMEXT) public String tenantDescription;
        /** NSX_V or NSX_T. */
        @XmlElement(name = "NetworkBackingType", namespace = Ns.VMEXT) public String networkBackingType;
        @XmlElement(name = "ProviderVdcReference", namespace = Ns.VMEXT)
        public List<ProviderVdc> providerVdcReference;
        @XmlElement(name = "VdcTemplateSpecification", namespace = Ns.VMEXT)
        public Specification vdcTemplateSpecification;
    }

    /** A provider VDC the template's VDCs may stand on, with the bindings that name its objects. */
    @XmlType(name = "VMWVdcTemplateProviderVdcSpecificationType", namespace = Ns.VMEXT, propOrder = {"binding"})
    public static class ProviderVdc extends Reference {
        @XmlElement(name = "Binding", namespace = Ns.VMEXT) public List<Binding> binding;
    }

    /** A name (urn:vcloud:binding:...) the specification uses for an object of the chosen provider VDC. */
    @XmlType(name = "VMWVdcTemplateBindingType", namespace = Ns.VMEXT, propOrder = {"name", "value"})
    public static class Binding {
        @XmlElement(name = "Name", namespace = Ns.VMEXT) public String name;
        @XmlElement(name = "Value", namespace = Ns.VMEXT) public Reference value;
    }

    /** The VDC a template makes; its xsi:type (JSON {@code _type}) is the allocation model. */
    @XmlType(name = "VMWVdcTemplateSpecificationType", namespace = Ns.VMEXT, propOrder = {
        "automaticNetworkPoolReference", "nicQuota", "vmQuota", "provisionedNetworkQuota", "storageProfile",
        "isElastic", "includeMemoryOverhead", "thinProvision", "fastProvisioningEnabled", "networkPoolReference",
        "networkProfileConfiguration", "cpuAllocationMhz", "cpuLimitMhzPerVcpu", "vCpuInMhz", "cpuLimitMhz",
        "memoryAllocationMB", "memoryLimitMb", "cpuGuaranteedPercentage", "memoryGuaranteedPercentage", "rest"})
    @XmlSeeAlso({AllocationVApp.class, AllocationPool.class, ReservationPool.class, Flex.class})
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "_type")
    @JsonSubTypes({@JsonSubTypes.Type(value = AllocationVApp.class, name = AllocationVApp.TYPE),
        @JsonSubTypes.Type(value = AllocationPool.class, name = AllocationPool.TYPE),
        @JsonSubTypes.Type(value = ReservationPool.class, name = ReservationPool.TYPE),
        @JsonSubTypes.Type(value = Flex.class, name = Flex.TYPE)})
    public abstract static class Specification {
        /** Present (empty) when the network pool is left to vCD. */
        @XmlElement(name = "AutomaticNetworkPoolReference", namespace = Ns.VMEXT)
        public AutomaticPool automaticNetworkPoolReference;
        @XmlElement(name = "NicQuota", namespace = Ns.VMEXT) public Integer nicQuota;
        @XmlElement(name = "VmQuota", namespace = Ns.VMEXT) public Integer vmQuota;
        @XmlElement(name = "ProvisionedNetworkQuota", namespace = Ns.VMEXT) public Integer provisionedNetworkQuota;
        /** The edge gateway and routed network to make (vcloud:GatewayConfiguration), in JSON; XML's is in rest. */
        @XmlTransient public Object gatewayConfiguration;
        @XmlElement(name = "StorageProfile", namespace = Ns.VMEXT) public List<StorageProfile> storageProfile;
        @XmlElement(name = "IsElastic", namespace = Ns.VMEXT) public Boolean isElastic;
        @XmlElement(name = "IncludeMemoryOverhead", namespace = Ns.VMEXT) public Boolean includeMemoryOverhead;
        @XmlElement(name = "ThinProvision", namespace = Ns.VMEXT) public Boolean thinProvision;
        @XmlElement(name = "FastProvisioningEnabled", namespace = Ns.VMEXT) public Boolean fastProvisioningEnabled;
        @XmlElement(name = "NetworkPoolReference", namespace = Ns.VMEXT) public Reference networkPoolReference;
        @XmlElement(name = "NetworkProfileConfiguration", namespace = Ns.VMEXT)
        public NetworkProfile networkProfileConfiguration;
        @XmlElement(name = "CpuAllocationMhz", namespace = Ns.VMEXT) public Long cpuAllocationMhz;
        @XmlElement(name = "CpuLimitMhzPerVcpu", namespace = Ns.VMEXT) public Long cpuLimitMhzPerVcpu;
        @XmlElement(name = "VCpuInMhz", namespace = Ns.VMEXT) public Long vCpuInMhz;
        @XmlElement(name = "CpuLimitMhz", namespace = Ns.VMEXT) public Long cpuLimitMhz;
        @XmlElement(name = "MemoryAllocationMB", namespace = Ns.VMEXT) public Long memoryAllocationMB;
        @XmlElement(name = "MemoryLimitMb", namespace = Ns.VMEXT) public Long memoryLimitMb;
        @XmlElement(name = "CpuGuaranteedPercentage", namespace = Ns.VMEXT) public Integer cpuGuaranteedPercentage;
        @XmlElement(name = "MemoryGuaranteedPercentage", namespace = Ns.VMEXT)
        public Integer memoryGuaranteedPercentage;
        /** Elements vcdsim does not model (GatewayConfiguration among them), kept to be looked at. */
        @XmlAnyElement public List<Object> rest;

        /** The allocation model of VDCs made from it. */
        public abstract String allocationModel();

        /** The xsi:type name. */
        public abstract String typeName();

        /** A new specification of the type made for this allocation model, or null for an unknown one. */
        public static Specification forModel(String allocationModel) {
            return switch (allocationModel) {
                case "AllocationVApp" -> new AllocationVApp();
                case "AllocationPool" -> new AllocationPool();
                case "ReservationPool" -> new ReservationPool();
                case "Flex" -> new Flex();
                default -> null;
            };
        }

        /** The element names of what {@link #rest} holds (DOM elements), to refuse what vcdsim does not make. */
        public List<String> restNames() {
            List<String> names = new ArrayList<>();
            if (rest != null) {
                for (Object o : rest) {
                    if (o instanceof org.w3c.dom.Element e) {
                        names.add(e.getLocalName());
                    }
                }
            }
            return names;
        }
    }

    @XmlType(name = AllocationVApp.TYPE, namespace = Ns.VMEXT)
    public static class AllocationVApp extends Specification {
        static final String TYPE = "VMWAllocationVappVdcTemplateSpecificationType";

        @Override
        public String allocationModel() {
            return "AllocationVApp";
        }

        @Override
        public String typeName() {
            return TYPE;
        }
    }

    @XmlType(name = AllocationPool.TYPE, namespace = Ns.VMEXT)
    public static class AllocationPool extends Specification {
        static final String TYPE = "VMWAllocationPoolVdcTemplateSpecificationType";

        @Override
        public String allocationModel() {
            return "AllocationPool";
        }

        @Override
        public String typeName() {
            return TYPE;
        }
    }

    @XmlType(name = ReservationPool.TYPE, namespace = Ns.VMEXT)
    public static class ReservationPool extends Specification {
        static final String TYPE = "VMWReservationPoolVdcTemplateSpecificationType";

        @Override
        public String allocationModel() {
            return "ReservationPool";
        }

        @Override
        public String typeName() {
            return TYPE;
        }
    }

    @XmlType(name = Flex.TYPE, namespace = Ns.VMEXT)
    public static class Flex extends Specification {
        static final String TYPE = "VMWFlexVdcTemplateSpecificationType";

        @Override
        public String allocationModel() {
            return "Flex";
        }

        @Override
        public String typeName() {
            return TYPE;
        }
    }

    /** An empty element (JSON {@code {}}); the field Jackson sees, never set, only lets it write one. */
    @XmlType(name = "AutomaticNetworkPoolReferenceType", namespace = Ns.VMEXT)
    public static class AutomaticPool {
        @XmlTransient @com.fasterxml.jackson.annotation.JsonInclude(
                com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) String none;
    }

    /** A storage profile of the provider VDC, by name, with the limit VDCs made from the template get. */
    @XmlType(name = "VMWVdcTemplateStorageProfileType", namespace = Ns.VMEXT, propOrder = {"enabled", "units",
            "limit", "isDefault"})
    public static class StorageProfile {
        @XmlAttribute public String id;
        @XmlAttribute public String name;
        @XmlElement(name = "Enabled", namespace = Ns.VMEXT) public Boolean enabled;
        @XmlElement(name = "Units", namespace = Ns.VMEXT) public String units;
        @XmlElement(name = "Limit", namespace = Ns.VMEXT) public Long limit;
        @XmlElement(name = "Default", namespace = Ns.VMEXT) @JsonProperty("default") public Boolean isDefault;
    }

    /** The edge clusters of the VDCs made, each by a binding's name (in its href). */
    @XmlType(name = "VdcTemplateNetworkProfileType", namespace = Ns.VMEXT, propOrder = {"primaryEdgeCluster",
            "secondaryEdgeCluster", "servicesEdgeCluster"})
    public static class NetworkProfile {
        @XmlElement(name = "PrimaryEdgeCluster", namespace = Ns.VMEXT) public Reference primaryEdgeCluster;
        @XmlElement(name = "SecondaryEdgeCluster", namespace = Ns.VMEXT) public Reference secondaryEdgeCluster;
        @XmlElement(name = "ServicesEdgeCluster", namespace = Ns.VMEXT) public Reference servicesEdgeCluster;
    }

    /** vmext:VMWVdcTemplateList: references to every template, for system administrators. */
    @XmlRootElement(name = "VMWVdcTemplateList", namespace = Ns.VMEXT)
    @XmlType(name = "VMWVdcTemplateListType", namespace = Ns.VMEXT, propOrder = {"vmwVdcTemplate"})
    public static class AdminList extends Resource {
        @XmlElement(name = "VMWVdcTemplate", namespace = Ns.VCLOUD)
        public List<Reference> vmwVdcTemplate = new ArrayList<>();
    }

    /** VdcTemplateList: references to the templates an org's users may instantiate. */
    @XmlRootElement(name = "VdcTemplateList")
    @XmlType(name = "VdcTemplateListType", propOrder = {"vdcTemplate"})
    public static class TenantList extends Resource {
        @XmlElement(name = "VdcTemplate") public List<Reference> vdcTemplate = new ArrayList<>();
    }

    /** VdcTemplate: what tenants see of a template, its tenant name and description. */
    @XmlRootElement(name = "VdcTemplate")
    @XmlType(name = "VdcTemplateType")
    public static class TenantView extends Entity {
    }

    /** InstantiateVdcTemplateParams: the new VDC's name and description, and the template. */
    @XmlRootElement(name = "InstantiateVdcTemplateParams")
    @XmlType(name = "InstantiateVdcTemplateParamsType", propOrder = {"source", "description"})
    public static class InstantiateParams {
        @XmlAttribute public String name;
        @XmlElement(name = "Source") public Reference source;
        @XmlElement(name = "Description") public String description;
    }
}
