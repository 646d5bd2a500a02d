package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

/** The bodies that create vApps and change their power: what vcdsim reads of each. */
public final class VAppParams {
    private VAppParams() {
    }

    /** InstantiateVAppTemplateParams: name, deploy, powerOn, and the template as Source. */
    @XmlRootElement(name = "InstantiateVAppTemplateParams")
    @XmlType(name = "InstantiateVAppTemplateParamsType", propOrder = {"description", "instantiationParams", "source",
            "sourcedItem", "rest"})
    public static class Instantiate {
        @XmlAttribute public String name;
        @XmlAttribute public Boolean deploy;
        @XmlAttribute public Boolean powerOn;
        @XmlElement(name = "Description") public String description;
        /** The vApp's own sections: vcdsim reads its NetworkConfigSection. */
        @XmlElement(name = "InstantiationParams") public InstantiationParams instantiationParams;
        @XmlElement(name = "Source") public Reference source;
        /** Per template VM: its new name, and the network its NICs connect to. */
        @XmlElement(name = "SourcedItem") public List<SourcedItem> sourcedItem = new ArrayList<>();
        /** AllEULAsAccepted, ...: accepted, not used. */
        @XmlAnyElement public List<Object> rest;
    }

    /** InstantiateOvfParams: a vApp of an OVF package uploaded next ("Create a vApp From an OVF Package"). */
    @XmlRootElement(name = "InstantiateOvfParams")
    @XmlType(name = "InstantiateOvfParamsType", propOrder = {"description", "instantiationParams", "allEulasAccepted",
            "networkMapping", "rest"})
    public static class InstantiateOvf {
        @XmlAttribute public String name;
        /** Both true unless the request says otherwise, as in vCD. */
        @XmlAttribute public Boolean deploy;
        @XmlAttribute public Boolean powerOn;
        @XmlElement(name = "Description") public String description;
        /** The vApp's own sections: vcdsim reads its NetworkConfigSection. */
        @XmlElement(name = "InstantiationParams") public InstantiationParams instantiationParams;
        @XmlElement(name = "AllEULAsAccepted") public Boolean allEulasAccepted;
        @XmlElement(name = "NetworkMapping") public List<NetworkMapping> networkMapping = new ArrayList<>();
        /** InstantiateVmParams and the like: taken, not used. */
        @XmlAnyElement public List<Object> rest;
    }

    /** An OVF network (Source) and the vApp network its NICs go on (Target). */
    @XmlType(name = "NetworkMappingType", propOrder = {"source", "target"})
    public static class NetworkMapping {
        @XmlElement(name = "Source") public String source;
        @XmlElement(name = "Target") public String target;
    }

    /** ComposeVAppParams: name, deploy, powerOn, and the SourcedItems (template VMs or templates). */
    @XmlRootElement(name = "ComposeVAppParams")
    @XmlType(name = "ComposeVAppParamsType", propOrder = {"description", "instantiationParams", "sourcedItem", "rest"})
    public static class Compose {
        @XmlAttribute public String name;
        @XmlAttribute public Boolean deploy;
        @XmlAttribute public Boolean powerOn;
        @XmlElement(name = "Description") public String description;
        /** The vApp's own sections: vcdsim reads its NetworkConfigSection. */
        @XmlElement(name = "InstantiationParams") public InstantiationParams instantiationParams;
        @XmlElement(name = "SourcedItem") public List<SourcedItem> sourcedItem = new ArrayList<>();
        @XmlAnyElement public List<Object> rest;
    }

    @XmlType(name = "SourcedCompositionItemParamType", propOrder = {"source", "vmGeneralParams",
            "instantiationParams", "storageProfile", "computePolicy", "rest"})
    public static class SourcedItem {
        /** A vApp VM sourced with sourceDelete is moved, not copied. */
        @XmlAttribute public Boolean sourceDelete;
        @XmlElement(name = "Source") public Reference source;
        @XmlElement(name = "VmGeneralParams") public VmGeneralParams vmGeneralParams;
        @XmlElement(name = "InstantiationParams") public InstantiationParams instantiationParams;
        /** The VDC storage profile the new VM goes on (a recompose's; go-vcloud-director's AddNewVMWithStorageProfile). */
        @XmlElement(name = "StorageProfile") public Reference storageProfile;
        /** The new VM's compute policies (a recompose's; go-vcloud-director's AddNewVMWithComputePolicy). */
        @XmlElement(name = "ComputePolicy") public ComputePolicy computePolicy;
        @XmlAnyElement public List<Object> rest;
    }

    @XmlType(name = "VmGeneralParamsType", propOrder = {"name", "description", "rest"})
    public static class VmGeneralParams {
        @XmlElement(name = "Name") public String name;
        @XmlElement(name = "Description") public String description;
        @XmlAnyElement public List<Object> rest;
    }

    /**
     * The sections a client sends along: of a VM, vcdsim reads the hardware items, the NICs' networks, guest
     * customization; of a vApp, its networks.
     */
    @XmlType(name = "InstantiationParamsType", propOrder = {"networkConfigSection", "virtualHardwareSection",
            "networkConnectionSection", "guestCustomizationSection", "rest"})
    public static class InstantiationParams {
        @XmlElement(name = "NetworkConfigSection") public NetworkConfigSection networkConfigSection;
        @XmlElement(name = "VirtualHardwareSection", namespace = Ns.OVF)
        public VirtualHardwareSection virtualHardwareSection;
        @XmlElement(name = "NetworkConnectionSection") public NetworkConnectionSection networkConnectionSection;
        @XmlElement(name = "GuestCustomizationSection") public GuestCustomizationSection guestCustomizationSection;
        @XmlAnyElement public List<Object> rest;
    }

    /** CreateItem: a VM made from scratch by a recompose (pyvcloud's add_vm_from_scratch). */
    @XmlType(name = "CreateItemType", propOrder = {"description", "guestCustomizationSection",
            "networkConnectionSection", "vmSpecSection", "storageProfile", "computePolicy", "rest"})
    public static class CreateItem {
        @XmlAttribute public String name;
        @XmlElement(name = "Description") public String description;
        @XmlElement(name = "GuestCustomizationSection") public GuestCustomizationSection guestCustomizationSection;
        /** The new VM's NICs, on the vApp's networks (go-vcloud-director's AddEmptyVm). */
        @XmlElement(name = "NetworkConnectionSection") public NetworkConnectionSection networkConnectionSection;
        @XmlElement(name = "VmSpecSection") public VmSpecSection vmSpecSection;
        /** The VDC storage profile the new VM goes on. */
        @XmlElement(name = "StorageProfile") public Reference storageProfile;
        @XmlElement(name = "ComputePolicy") public ComputePolicy computePolicy;
        /** Its boot Media and the like: taken, not used. */
        @XmlAnyElement public List<Object> rest;
    }

    /** CreateVmParams: a standalone VM made from scratch (its spec in CreateVm, a Vm). */
    @XmlRootElement(name = "CreateVmParams")
    @XmlType(name = "CreateVmParamsType", propOrder = {"description", "createVm", "rest"})
    public static class CreateVm {
        @XmlAttribute public String name;
        @XmlAttribute public Boolean powerOn;
        @XmlElement(name = "Description") public String description;
        @XmlElement(name = "CreateVm") public Vm createVm;
        /** Media to insert and the like: taken, not used. */
        @XmlAnyElement public List<Object> rest;
    }

    /** InstantiateVmTemplateParams: a standalone VM copied from one VM of a vApp template. */
    @XmlRootElement(name = "InstantiateVmTemplateParams")
    @XmlType(name = "InstantiateVmTemplateParamsType", propOrder = {"description", "sourcedVmTemplateItem", "rest"})
    public static class InstantiateVm {
        @XmlAttribute public String name;
        @XmlAttribute public Boolean powerOn;
        @XmlElement(name = "Description") public String description;
        @XmlElement(name = "SourcedVmTemplateItem") public SourcedVmTemplateItem sourcedVmTemplateItem;
        /** AllEULAsAccepted, ComputePolicy, ...: taken, not used. */
        @XmlAnyElement public List<Object> rest;
    }

    /** The template VM (Source), its new name, and its InstantiationParams under another element name. */
    @XmlType(name = "SourcedVmTemplateParamsType", propOrder = {"source", "vmGeneralParams",
            "vmTemplateInstantiationParams", "storageProfile", "rest"})
    public static class SourcedVmTemplateItem {
        @XmlElement(name = "Source") public Reference source;
        @XmlElement(name = "VmGeneralParams") public VmGeneralParams vmGeneralParams;
        @XmlElement(name = "VmTemplateInstantiationParams") public InstantiationParams vmTemplateInstantiationParams;
        @XmlElement(name = "StorageProfile") public Reference storageProfile;
        @XmlAnyElement public List<Object> rest;

        /** The same, as a SourcedItem of a vApp instantiation reads. */
        public SourcedItem asSourcedItem() {
            SourcedItem item = new SourcedItem();
            item.source = source;
            item.vmGeneralParams = vmGeneralParams;
            item.instantiationParams = vmTemplateInstantiationParams;
            item.storageProfile = storageProfile;
            return item;
        }
    }

    /** CloneVAppParams: a copy of a vApp (or, with IsSourceDelete, the vApp moved) into the VDC it is posted to. */
    @XmlRootElement(name = "CloneVAppParams")
    @XmlType(name = "CloneVAppParamsType", propOrder = {"description", "source", "isSourceDelete", "rest"})
    public static class Clone {
        @XmlAttribute public String name;
        @XmlElement(name = "Description") public String description;
        @XmlElement(name = "Source") public Reference source;
        @XmlElement(name = "IsSourceDelete") public Boolean isSourceDelete;
        /** SourcedVmInstantiationParams and the like: taken, not used (a clone keeps its VMs as they are). */
        @XmlAnyElement public List<Object> rest;
    }

    /** RecomposeVAppParams: VMs to add (SourcedItem) and VMs to remove (DeleteItem). */
    @XmlRootElement(name = "RecomposeVAppParams")
    @XmlType(name = "RecomposeVAppParamsType", propOrder = {"description", "sourcedItem", "createItem", "deleteItem",
            "rest"})
    public static class Recompose {
        @XmlAttribute public String name;
        @XmlElement(name = "Description") public String description;
        @XmlElement(name = "SourcedItem") public List<SourcedItem> sourcedItem = new ArrayList<>();
        @XmlElement(name = "CreateItem") public List<CreateItem> createItem = new ArrayList<>();
        @XmlElement(name = "DeleteItem") public List<Reference> deleteItem = new ArrayList<>();
        @XmlAnyElement public List<Object> rest;
    }

    @XmlRootElement(name = "CreateSnapshotParams")
    @XmlType(name = "CreateSnapshotParamsType", propOrder = {"description"})
    public static class CreateSnapshot {
        @XmlAttribute public String name;
        @XmlAttribute public Boolean memory;
        @XmlAttribute public Boolean quiesce;
        @XmlElement(name = "Description") public String description;
    }

    @XmlRootElement(name = "DeployVAppParams")
    @XmlType(name = "DeployVAppParamsType")
    public static class Deploy {
        @XmlAttribute public Boolean powerOn;
        @XmlAttribute public Boolean forceCustomization;
    }

    @XmlRootElement(name = "UndeployVAppParams")
    @XmlType(name = "UndeployVAppParamsType", propOrder = {"undeployPowerAction"})
    public static class Undeploy {
        @XmlElement(name = "UndeployPowerAction") public String undeployPowerAction;
    }
}
