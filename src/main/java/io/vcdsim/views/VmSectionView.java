package io.vcdsim.views;

import io.vcdsim.catalog.Ovf;
import io.vcdsim.catalog.ProductSection;
import io.vcdsim.catalog.VmHardware;
import io.vcdsim.compute.GuestCustomization;
import io.vcdsim.compute.Power;
import io.vcdsim.compute.Provider;
import io.vcdsim.compute.Sections;
import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.model.BootOptions;
import io.vcdsim.model.CheckPostCustomization;
import io.vcdsim.model.ComplianceResult;
import io.vcdsim.model.CurrentUsage;
import io.vcdsim.model.GuestCustomizationSection;
import io.vcdsim.model.Link;
import io.vcdsim.model.NetworkConnectionSection;
import io.vcdsim.model.OperatingSystemSection;
import io.vcdsim.model.OvfEnvironment;
import io.vcdsim.model.Reference;
import io.vcdsim.model.RuntimeInfoSection;
import io.vcdsim.model.VCloudExtension;
import io.vcdsim.model.VmCapabilities;
import io.vcdsim.store.DhcpLeaseStore;
import io.vcdsim.store.PlacementStore;
import io.vcdsim.store.VdcStorageProfileStore;
import io.vcdsim.store.InventoryStore;
import io.vcdsim.store.VimObjectStore;
import io.vcdsim.store.Tx;
import io.vcdsim.store.VmRow;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A vApp VM's sections as vCD writes them, embedded in the Vm and at their own hrefs (the OVF hardware is
 * {@link VirtualHardwareView}'s): its operating system, NICs, guest customization, runtime info, capabilities,
 * boot options, and what vCD shows system administrators of the VM in vCenter.
 */
public final class VmSectionView {
    public static final String CHECK_POST_CUSTOMIZATION =
            "application/vnd.vmware.vcloud.vm.checkPostGuestCustomizationSection";

    private VmSectionView() {
    }

    static String href(Viewer v, VmRow vm) {
        return v.href(Kind.VM, vm.id());
    }

    public static OperatingSystemSection operatingSystem(Viewer v, VmRow vm) {
        OperatingSystemSection os = new OperatingSystemSection();
        String href = href(v, vm) + "/operatingSystemSection/";
        String type = MediaTypes.xml("application/vnd.vmware.vcloud.operatingSystemSection");
        os.hrefAndType(href, type);
        os.id = 1; // CIM's "Other": vcdsim does not map osTypes to CIM numbers
        os.osType = vm.osType();
        os.info = "Specifies the operating system installed";
        os.description = vm.osType();
        return os;
    }

    /** The VM's NICs; while it runs, a DHCP NIC shows the address its network's DHCP service leased it. */
    public static NetworkConnectionSection networkConnections(Tx tx, Viewer v, VmRow vm, boolean editable) {
        NetworkConnectionSection s = VAppView.nics(vm);
        if (vm.status() == Power.ON) {
            for (DhcpLeaseStore.Lease lease : tx.store(DhcpLeaseStore::new).ofVm(vm.id())) {
                s.networkConnection.stream().filter(c -> c.networkConnectionIndex == lease.nicIndex()
                        && "DHCP".equals(c.ipAddressAllocationMode)).forEach(c -> c.ipAddress = lease.ipAddress());
            }
        }
        s.href = href(v, vm) + "/networkConnectionSection/";
        s.type = MediaTypes.xml("application/vnd.vmware.vcloud.networkConnectionSection");
        if (editable) { // pyvcloud's delete_nic and update_nic follow it from the embedded section
            s.link = new ArrayList<>(List.of(new Link("edit", s.href, s.type)));
        }
        return s;
    }

    public static GuestCustomizationSection guestCustomization(Viewer v, VmRow vm, Sections s, boolean editable) {
        GuestCustomization gc = s.guestCustomizationOr(vm.name());
        GuestCustomizationSection g = new GuestCustomizationSection();
        g.href = href(v, vm) + "/guestCustomizationSection/";
        g.type = MediaTypes.xml("application/vnd.vmware.vcloud.guestCustomizationSection");
        g.required = false;
        g.info = "Specifies Guest OS Customization Settings";
        g.enabled = gc.enabled();
        g.changeSid = gc.changeSid();
        g.virtualMachineId = vm.id().toString();
        g.joinDomainEnabled = gc.joinDomainEnabled();
        g.useOrgSettings = gc.useOrgSettings();
        g.domainName = gc.domainName();
        g.domainUserName = gc.domainUserName();
        g.machineObjectOU = gc.machineObjectOU();
        g.adminPasswordEnabled = gc.adminPasswordEnabled();
        g.adminPasswordAuto = gc.adminPasswordAuto();
        g.adminPassword = gc.adminPassword();
        g.adminAutoLogonEnabled = gc.adminAutoLogonEnabled();
        g.adminAutoLogonCount = gc.adminAutoLogonCount();
        g.resetPasswordRequired = gc.resetPasswordRequired();
        g.customizationScript = gc.customizationScript();
        g.computerName = gc.computerName();
        if (editable) {
            g.link.add(new Link("edit", g.href, g.type));
        }
        g.link.add(new Link("down", href(v, vm) + "/guestcustomizationstatus/",
                MediaTypes.xml("application/vnd.vmware.vcloud.guestCustomizationStatusSection")));
        return g;
    }

    /**
     * Where the guest customization stands at {@code now}: pending while asked for at the next power on, while the
     * VM has not run since, or while the guest runs an enabled customization; complete once the VM runs past it
     * (the simulated guest always takes it; a VM whose customization is disabled has nothing to wait for, as in
     * vCD, where go-vcloud-director's Test_PowerOnAndForceCustomization waits for any VM to leave GC_PENDING).
     */
    public static io.vcdsim.model.GuestCustomizationStatusSection customizationStatus(Viewer v, VmRow vm, Sections s,
                                                                                    java.time.Instant now) {
        io.vcdsim.model.GuestCustomizationStatusSection g = new io.vcdsim.model.GuestCustomizationStatusSection();
        g.href = href(v, vm) + "/guestcustomizationstatus/";
        g.type = MediaTypes.xml("application/vnd.vmware.vcloud.guestCustomizationStatusSection");
        g.info = "Specifies Guest OS Customization Status";
        boolean ran = !s.customizesAtPowerOn() && vm.status() == io.vcdsim.compute.Power.ON && !s.customizing(now);
        g.guestCustStatus = ran ? "GC_COMPLETE" : "GC_PENDING";
        return g;
    }

    public static CheckPostCustomization checkPostCustomization(Viewer v, VmRow vm, Sections s, boolean editable) {
        CheckPostCustomization c = new CheckPostCustomization();
        c.href = href(v, vm) + "/checkpostcustomizationscript/";
        c.type = MediaTypes.xml(CHECK_POST_CUSTOMIZATION);
        c.name = vm.name();
        c.id = Kind.VM.urn(vm.id());
        if (editable) {
            c.link("edit", c.href, c.type);
        }
        c.checkPostGCStatus = s.checksPostCustomization();
        return c;
    }

    public static RuntimeInfoSection runtimeInfo(Viewer v, VmRow vm) {
        RuntimeInfoSection r = new RuntimeInfoSection();
        r.hrefAndType(href(v, vm) + "/runtimeInfoSection", VirtualHardwareView.HARDWARE); // sic: vCD types it so
        r.info = "Specifies Runtime info";
        r.vmwareTools = new RuntimeInfoSection.Tools();
        r.vmwareTools.version = "2147483647"; // what vCD shows for guests whose tools it manages
        return r;
    }

    public static VmCapabilities capabilities(Viewer v, VmRow vm, Sections s, boolean editable) {
        VmCapabilities c = new VmCapabilities();
        c.href = href(v, vm) + "/vmCapabilities/";
        c.type = MediaTypes.xml("application/vnd.vmware.vcloud.vmCapabilitiesSection");
        if (editable) {
            c.link("edit", c.href, c.type);
        }
        c.memoryHotAddEnabled = s.capabilitiesOrDefault().memoryHotAdd();
        c.cpuHotAddEnabled = s.capabilitiesOrDefault().cpuHotAdd();
        return c;
    }

    public static BootOptions bootOptions(Viewer v, VmRow vm, Sections s, boolean editable) {
        BootOptions b = new BootOptions();
        b.href = href(v, vm) + "/bootOptions/";
        b.type = MediaTypes.xml("application/vnd.vmware.vcloud.bootOptionsSection");
        if (editable) {
            b.link("edit", href(v, vm) + "/action/bootOptions", b.type);
        }
        Sections.Boot boot = s.bootOrDefault();
        b.bootDelay = boot.delayMs();
        b.enterBiosSetup = boot.enterBiosSetup();
        b.bootRetryEnabled = boot.retryEnabled();
        b.bootRetryDelay = boot.retryDelayMs();
        b.efiSecureBootEnabled = boot.efiSecureBoot();
        return b;
    }

    /**
     * The VM's objects in the simulated vCenter: vc1's "vm-N", N from the VM's id, the same every time, and the
     * datastore it sits on.
     */
    public static final String PENDING_QUESTION = "application/vnd.vmware.vcloud.vmPendingQuestion";
    public static final String QUESTION_ANSWER = "application/vnd.vmware.vcloud.vmQuestionAnswer";

    /** The question a VM waiting for input asks, with the link to answer it; null when it asks none. */
    public static io.vcdsim.model.VmPendingQuestion question(Viewer v, VmRow vm, Sections s) {
        Sections.PendingQuestion q = s.question();
        if (q == null || vm.status() != io.vcdsim.compute.Power.WAITING_FOR_INPUT) {
            return null;
        }
        io.vcdsim.model.VmPendingQuestion view = new io.vcdsim.model.VmPendingQuestion();
        view.href = href(v, vm) + "/question";
        view.type = MediaTypes.xml(PENDING_QUESTION);
        view.link("answer", view.href + "/action/answer", MediaTypes.xml(QUESTION_ANSWER));
        view.question = q.text();
        view.questionId = q.id();
        for (int i = 0; i < q.choices().size(); i++) {
            io.vcdsim.model.VmPendingQuestion.Choice c = new io.vcdsim.model.VmPendingQuestion.Choice();
            c.id = i;
            c.text = q.choices().get(i);
            view.choices.add(c);
        }
        return view;
    }

    /**
     * The OVF environment of a running VM, as vCD shows it: the platform, vCD's {@code vCloud_*} properties (computer
     * name, the NICs' MAC and IP addresses) and the VM's own product-section properties, and its adapters.
     */
    public static OvfEnvironment environment(VmRow vm, Sections s) {
        OvfEnvironment env = new OvfEnvironment();
        env.id = "";
        env.vCenterId = moref(vm);
        env.platformSection = new OvfEnvironment.Platform();
        env.platformSection.kind = "VMware ESXi";
        env.platformSection.version = "8.0.2";
        env.platformSection.vendor = "VMware, Inc.";
        env.platformSection.locale = "en";
        env.propertySection = new OvfEnvironment.Properties();
        env.ethernetAdapterSection = new OvfEnvironment.Adapters();
        List<OvfEnvironment.Property> props = env.propertySection.property;
        List<Ovf.Nic> nics = VmHardware.nics(vm);
        props.add(new OvfEnvironment.Property("vCloud_computerName",
                s.guestCustomizationOr(vm.name()).computerName()));
        props.add(new OvfEnvironment.Property("vCloud_numnics", Integer.toString(nics.size())));
        if (!nics.isEmpty()) {
            props.add(new OvfEnvironment.Property("vCloud_primaryNic",
                    Integer.toString(nics.get(0).index())));
        }
        for (Ovf.Nic n : nics) {
            String mac = VmHardware.mac(vm, n.index());
            props.add(new OvfEnvironment.Property("vCloud_macaddr_" + n.index(), mac));
            if (n.ip() != null) {
                props.add(new OvfEnvironment.Property("vCloud_ip_" + n.index(), n.ip()));
            }
            OvfEnvironment.Adapter a = new OvfEnvironment.Adapter();
            a.mac = mac;
            a.network = n.network() == null ? "none" : n.network();
            a.unitNumber = Integer.toString(7 + n.index()); // vSphere puts a VM's first NIC at unit 7
            env.ethernetAdapterSection.adapter.add(a);
        }
        for (ProductSection p : s.productSectionsOrNone()) {
            for (ProductSection.Property prop : p.properties()) {
                if (!prop.password()) {
                    props.add(new OvfEnvironment.Property(prop.key(), prop.value() == null ? ""
                            : prop.value()));
                }
            }
        }
        return env;
    }

    /** The VM's managed object reference in the simulated vCenter, stable for its id. */
    public static String moref(VmRow vm) {
        return VimObjectStore.vmMoref(vm.id());
    }

    /**
     * Where the VM sits in vCenter, as a system administrator sees it: its datastore, and the host of its resource
     * pool's cluster it runs on (one chosen by its id, as DRS would keep it there).
     */
    public static VCloudExtension vimInfo(Tx tx, Viewer v, VmRow vm, io.vcdsim.store.DatastoreStore.Datastore datastore) {
        VCloudExtension e = new VCloudExtension();
        e.required = false;
        e.vmVimInfo = new VCloudExtension.VmVimInfo();
        e.vmVimInfo.vmVimObjectRef = ProviderView.vimRef(v, moref(vm), "VIRTUAL_MACHINE");
        e.vmVimInfo.datastoreVimObjectRef = ProviderView.vimRef(v, datastore.moref(), "DATASTORE");
        InventoryStore inventory = tx.store(InventoryStore::new);
        inventory.poolOf(vm.id()).ifPresent(pool -> {
            // the VM is an object of its pool's vCenter (datastores are still the first vCenter's)
            e.vmVimInfo.vmVimObjectRef = ProviderVdcView.vimRef(tx, v, pool.pool().vcenterId(), moref(vm),
                    "VIRTUAL_MACHINE");
            List<InventoryStore.Host> hosts = inventory.hostsIn(pool.pool().vcenterId(), pool.pool().clusterMoref());
            if (!hosts.isEmpty()) {
                // where a placement extension put it, or one host chosen by its id
                var placed = tx.store(io.vcdsim.store.ObjectExtensionStore::new).placedHost(vm.id());
                InventoryStore.Host host = hosts.stream().filter(h -> placed.isPresent() && h.id().equals(placed.get()))
                        .findFirst().orElse(hosts.get(Math.floorMod(vm.id().hashCode(), hosts.size())));
                e.vmVimInfo.hostVimObjectRef = ProviderVdcView.vimRef(tx, v, pool.pool().vcenterId(), host.moref(),
                        "HOST");
            }
        });
        e.vmVimInfo.virtualDisksMaxChainLength = 1;
        return e;
    }

    /**
     * A running VM's current metrics: a simulated VM does no work, so its usage is nil; what it has provisioned
     * is its disks. {@code patterns} (name globs with *) select some; none selects all.
     */
    public static CurrentUsage metrics(Viewer v, VmRow vm, List<String> patterns) {
        CurrentUsage u = new CurrentUsage();
        u.href = href(v, vm) + "/metrics/current";
        u.type = MediaTypes.xml("application/vnd.vmware.vcloud.metrics.currentUsageSpec");
        u.link("up", href(v, vm), MediaTypes.xml(MediaTypes.VM));
        long provisionedKb = VmHardware.disks(vm).stream().mapToLong(Ovf.Disk::capacityMb).sum() * 1024;
        List<CurrentUsage.Metric> all = List.of(
                new CurrentUsage.Metric("cpu.usage.average", "PERCENT", "0.0"),
                new CurrentUsage.Metric("cpu.usage.maximum", "PERCENT", "0.0"),
                new CurrentUsage.Metric("cpu.usagemhz.average", "MEGAHERTZ", "0.0"),
                new CurrentUsage.Metric("mem.usage.average", "PERCENT", "0.0"),
                new CurrentUsage.Metric("disk.provisioned.latest", "KILOBYTE",
                        Long.toString(provisionedKb)),
                new CurrentUsage.Metric("disk.used.latest", "KILOBYTE", "0"),
                new CurrentUsage.Metric("disk.read.average", "KILOBYTES_PER_SECOND", "0.0"),
                new CurrentUsage.Metric("disk.write.average", "KILOBYTES_PER_SECOND", "0.0"));
        for (CurrentUsage.Metric m : all) {
            if (patterns.isEmpty() || patterns.stream().anyMatch(p -> m.name.matches(glob(p)))) {
                u.metric.add(m);
            }
        }
        return u;
    }

    private static String glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            regex.append(c == '*' ? ".*" : java.util.regex.Pattern.quote(String.valueOf(c)));
        }
        return regex.toString();
    }

    /** Always compliant: the simulated datastores are where every storage profile wants a VM. */
    public static ComplianceResult compliance(Viewer v, VmRow vm) {
        ComplianceResult c = new ComplianceResult();
        c.href = href(v, vm) + "/complianceResult";
        c.type = "application/vnd.vmware.vm.complianceResult+xml";
        c.link("up", href(v, vm), MediaTypes.xml(MediaTypes.VM));
        c.complianceStatus = "COMPLIANT";
        c.complianceCheckTime = Viewer.time(vm.created());
        return c;
    }

    /** The storage profile a vApp's VM is stored on (none recorded: its VDC's {@code *}); null for a template's VM. */
    public static UUID storageProfileId(Tx tx, VmRow vm) {
        return tx.store(PlacementStore::new).ofVm(vm.id()).orElse(null);
    }

    /** A reference to a VDC's storage profile by its id; null for none. */
    public static Reference storageProfile(Tx tx, Viewer v, UUID profileId) {
        if (profileId == null) {
            return null;
        }
        return v.ref(Kind.VDC_STORAGE_PROFILE, profileId, tx.store(VdcStorageProfileStore::new).find(profileId)
                .map(VdcStorageProfileStore.Profile::name).orElse(Provider.STORAGE_PROFILE));
    }
}
