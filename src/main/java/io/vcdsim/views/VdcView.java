package io.vcdsim.views;

import io.vcdsim.compute.ComputePolicies;
import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.core.Right;
import io.vcdsim.model.AdminVdc;
import io.vcdsim.model.AdminVdcStorageProfile;
import io.vcdsim.model.ComputeCapacity;
import io.vcdsim.model.ProviderInventory;
import io.vcdsim.model.Vdc;
import io.vcdsim.model.VdcStorageProfile;
import io.vcdsim.store.InventoryStore;
import io.vcdsim.store.NetworkPoolStore;
import io.vcdsim.store.NetworkRow;
import io.vcdsim.store.Tx;
import io.vcdsim.store.VAppRow;
import io.vcdsim.store.VdcRow;
import io.vcdsim.store.VdcSettings;
import io.vcdsim.store.VdcStorageProfileStore;

/** Virtual data centers, in their org view and their admin view, and their storage profiles. */
public final class VdcView {
    private VdcView() {
    }

    public static Vdc of(Tx tx, Viewer v, VdcRow row, boolean admin) {
        Vdc vdc = admin ? new AdminVdc() : new Vdc();
        vdc.href = admin ? v.adminHref(Kind.VDC, row.id()) : v.href(Kind.VDC, row.id());
        vdc.type = MediaTypes.xml(admin ? MediaTypes.ADMIN_VDC : MediaTypes.VDC);
        vdc.name = row.name();
        vdc.id = Kind.VDC.urn(row.id());
        vdc.status = 1;
        vdc.description = row.description();
        vdc.allocationModel = row.allocationModel();
        var used = tx.resources().allocated(row.id());
        // pay-as-you-go allocates what its VMs take; the pool models show the allocation set on them
        boolean payAsYouGo = "AllocationVApp".equals(row.allocationModel());
        VdcSettings.Allocation allocation = row.settings().allocation();
        vdc.computeCapacity = new ComputeCapacity();
        vdc.computeCapacity.cpu = new ComputeCapacity.Capacity("MHz", payAsYouGo ? row.cpuMhz(used.cpus())
                : allocation.cpuMhz(), row.cpuLimitMhz(), row.cpuMhz(used.cpus()));
        vdc.computeCapacity.memory = new ComputeCapacity.Capacity("MB", payAsYouGo ? used.memoryMb()
                : allocation.memoryMb(), row.memoryLimitMb(), used.memoryMb());
        vdc.vmQuota = row.vmQuota();
        vdc.isEnabled = row.enabled();
        if (admin) {
            v.adminLink(vdc, "up", Kind.ORG, row.orgId());
            v.link(vdc, "alternate", Kind.VDC, row.id());
            if (v.principal().isSystemAdmin()) {
                vdc.link("edit", vdc.href, MediaTypes.xml(MediaTypes.ADMIN_VDC));
                // pyvcloud's add_storage_profile and remove_storage_profile post to it, found by rel and type
                vdc.link("edit", vdc.href + "/vdcStorageProfiles", MediaTypes.xml(MediaTypes.UPDATE_VDC_STORAGE_PROFILES));
            }
        } else {
            v.link(vdc, "up", Kind.ORG, row.orgId()); // first: go-vcloud-director reads Link[0] as the org
        }
        Viewer.metadataLink(vdc);
        if (v.principal().isSystemAdmin()) {
            // on both views: pyvcloud's delete_vdc and enable_vdc follow them from the one it holds
            String adminHref = v.adminHref(Kind.VDC, row.id());
            vdc.link("remove", adminHref, null);
            vdc.link(row.enabled() ? "disable" : "enable", adminHref + "/action/"
                    + (row.enabled() ? "disable" : "enable"), null);
        }
        String base = v.href(Kind.VDC, row.id());
        vdc.link("add", base + "/action/instantiateVAppTemplate", MediaTypes.xml(MediaTypes.INSTANTIATE_PARAMS));
        vdc.link("add", base + "/action/composeVApp", MediaTypes.xml(MediaTypes.COMPOSE_PARAMS));
        vdc.link("add", base + "/action/instantiateOvf", MediaTypes.xml(MediaTypes.INSTANTIATE_OVF_PARAMS));
        vdc.link("add", base + "/action/createVm", MediaTypes.xml(MediaTypes.CREATE_VM_PARAMS));
        vdc.link("add", base + "/action/instantiateVmFromTemplate", MediaTypes.xml(MediaTypes.INSTANTIATE_VM_PARAMS));
        vdc.link("add", base + "/action/cloneVApp", MediaTypes.xml(MediaTypes.CLONE_VAPP_PARAMS));
        vdc.link("add", base + "/disk", MediaTypes.xml(MediaTypes.DISK_CREATE_PARAMS));
        String rules = VmAffinityRuleView.listHref(v, row.id());
        vdc.link("down", rules, MediaTypes.xml(VmAffinityRuleView.LIST));
        vdc.link("add", rules, MediaTypes.xml(Kind.VM_AFFINITY_RULE.mediaType()));
        String adminBase = v.adminHref(Kind.VDC, row.id());
        if (v.principal().has(Right.ORG_EDIT)) {
            // pyvcloud's create_*_vdc_network and go-vcloud-director's CreateOrgVDCNetwork look for it by type
            vdc.link("add", adminBase + "/networks", MediaTypes.xml(MediaTypes.ORG_VDC_NETWORK));
        }
        if (v.principal().isSystemAdmin()) {
            vdc.link("add", adminBase + "/edgeGateways", MediaTypes.xml(MediaTypes.EDGE_GATEWAY));
            if (admin) { // vCD's admin view of a VDC links it so
                vdc.link("add", adminBase + "/action/registerVApp", MediaTypes.xml(MediaTypes.REGISTER_VAPP_PARAMS));
            }
        }
        // pyvcloud's VDC ACL methods follow these: read by rel=down, PUT to rel=controlAccess
        String user = v.href(Kind.VDC, row.id());
        vdc.link("down", user + "/controlAccess/", MediaTypes.xml(MediaTypes.CONTROL_ACCESS));
        if (v.principal().has(Kind.VDC.editRight())) {
            vdc.link("controlAccess", user + "/action/controlAccess", MediaTypes.xml(MediaTypes.CONTROL_ACCESS));
        }
        // pyvcloud's list_edge_gateways reads the records there
        vdc.link("edgeGateways", adminBase + "/edgeGateways", MediaTypes.xml(MediaTypes.QUERY_RECORDS));
        for (VAppRow a : tx.compute().vappsIn(row.id())) {
            vdc.resourceEntities.add(v.ref(Kind.VAPP, a.id(), a.name()));
        }
        for (var t : tx.compute().templatesIn(row.id())) {
            vdc.resourceEntities.add(v.ref(Kind.VAPP_TEMPLATE, t.id(), t.name()));
        }
        for (var m : tx.catalogItems().mediaIn(row.id())) {
            vdc.resourceEntities.add(v.ref(Kind.MEDIA, m.id(), m.name()));
        }
        for (var d : tx.disks().inVdc(row.id())) {
            vdc.resourceEntities.add(v.ref(Kind.DISK, d.id(), d.name()));
        }
        for (NetworkRow n : tx.networks().availableIn(row.id())) {
            var ref = v.ref(Kind.NETWORK, n.id(), n.name());
            ref.type = MediaTypes.xml(MediaTypes.NETWORK); // vCD lists them by the generic network type
            vdc.availableNetworks.add(ref);
        }
        vdc.capabilities = HardwareVersionView.capabilities(v, row);
        // the admin view lists the admin profiles, as vCD does: go-vcloud-director reads their provider VDC profile there
        for (VdcStorageProfileStore.Profile p : tx.store(VdcStorageProfileStore::new).ofVdc(row.id())) {
            vdc.vdcStorageProfiles.add(admin ? v.adminRef(Kind.VDC_STORAGE_PROFILE, p.id(), p.name())
                    : v.ref(Kind.VDC_STORAGE_PROFILE, p.id(), p.name()));
        }
        var policies = ComputePolicies.assignment(tx, row.id());
        vdc.defaultComputePolicy = ComputePolicyView.ref(v, policies.defaultPolicy());
        vdc.maxComputePolicy = vdc.defaultComputePolicy;
        if (v.principal().isSystemAdmin()) { // on both views, as the VDC's other admin links
            vdc.link("down", v.adminHref(Kind.VDC, row.id()) + "/computePolicies",
                    MediaTypes.xml(ComputePolicyView.REFERENCES));
        }
        VdcSettings s = row.settings();
        vdc.nicQuota = s.nicQuota();
        vdc.networkQuota = s.networkQuota();
        vdc.usedNetworkCount = vdc.availableNetworks.size();
        vdc.vCpuInMhz2 = s.vCpuInMhz();
        if (vdc instanceof AdminVdc a) {
            a.resourceGuaranteedMemory = s.guaranteedMemory();
            a.resourceGuaranteedCpu = s.guaranteedCpu();
            a.vCpuInMhz = s.vCpuInMhz();
            a.isThinProvision = s.thinProvision();
            InventoryStore inventory = tx.store(InventoryStore::new);
            java.util.UUID pvdcId = inventory.providerVdcOf(row.id());
            tx.store(NetworkPoolStore::new).ofProviderVdc(pvdcId).ifPresent(pool ->
                    a.networkPoolReference = v.adminRef(Kind.NETWORK_POOL, pool.id(), pool.name()));
            inventory.providerVdc(pvdcId).ifPresent(pvdc ->
                    a.providerVdcReference = v.adminRef(Kind.PROVIDER_VDC, pvdc.id(), pvdc.name()));
            if (v.principal().isSystemAdmin()) {
                // the provider VDC's pools, which its VMs are placed in (vcdsim makes no child pool per VDC)
                a.resourcePoolRefs = new ProviderInventory.VimObjectRefs();
                a.resourcePoolRefs.vimObjectRef = inventory.pvdcPools(pvdcId).stream()
                        .filter(InventoryStore.PvdcPool::enabled)
                        .map(p -> ProviderVdcView.vimRef(tx, v, p.pool().vcenterId(), p.pool().moref(),
                                "RESOURCE_POOL")).toList();
            }
            a.usesFastProvisioning = s.fastProvisioning();
            a.overCommitAllowed = s.overCommitAllowed();
            a.vmDiscoveryEnabled = s.vmDiscovery();
            a.isElastic = s.elastic();
            a.includeMemoryOverhead = s.includeMemoryOverhead();
        }
        vdc.tasks = TaskView.active(tx, v, row.id());
        return vdc;
    }

    /** A VDC's storage profile: the provider's {@code *}, or one added from its provider VDC's. */
    public static VdcStorageProfile storageProfile(Viewer v, VdcStorageProfileStore.Profile profile) {
        return storageProfile(v, profile, new VdcStorageProfile());
    }

    /** Its admin view: the same, at its admin href, with the provider VDC's profile it draws on. */
    public static AdminVdcStorageProfile adminStorageProfile(Tx tx, Viewer v, VdcStorageProfileStore.Profile profile) {
        AdminVdcStorageProfile p = new AdminVdcStorageProfile();
        v.entity(p, Kind.VDC_STORAGE_PROFILE, profile.id(), profile.name());
        p.href = v.adminHref(Kind.VDC_STORAGE_PROFILE, profile.id());
        p.type = MediaTypes.xml(MediaTypes.ADMIN_VDC_STORAGE_PROFILE);
        storageProfile(v, profile, p);
        if (v.principal().isSystemAdmin()) {
            p.link("edit", p.href, p.type);
        }
        InventoryStore inventory = tx.store(InventoryStore::new);
        inventory.pvdcProfiles(inventory.providerVdcOf(profile.vdcId())).stream()
                .filter(s -> s.profile().name().equals(profile.name())).findFirst()
                .ifPresent(s -> p.providerVdcStorageProfile = v.adminRef(Kind.PROVIDER_VDC_STORAGE_PROFILE, s.id(),
                        s.profile().name()));
        return p;
    }

    private static <P extends VdcStorageProfile> P storageProfile(Viewer v, VdcStorageProfileStore.Profile profile,
                                                                  P p) {
        if (p.href == null) {
            v.entity(p, Kind.VDC_STORAGE_PROFILE, profile.id(), profile.name());
        }
        v.link(p, "up", Kind.VDC, profile.vdcId());
        // its metadata at the path it was read at (MetadataResource serves both); only system administrators add
        p.link("down", p.href + "/metadata", MediaTypes.xml(MediaTypes.METADATA));
        if (v.principal().isSystemAdmin()) {
            p.link("add", p.href + "/metadata", MediaTypes.xml(MediaTypes.METADATA));
        }
        p.enabled = profile.enabled();
        p.units = "MB";
        p.limit = profile.limitMb();
        p.isDefault = profile.isDefault();
        p.iopsSettings = new VdcStorageProfile.IopsSettings();
        return p;
    }
}
