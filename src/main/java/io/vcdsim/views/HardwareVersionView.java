package io.vcdsim.views;

import io.vcdsim.compute.HardwareVersions;
import io.vcdsim.core.Kind;
import io.vcdsim.model.Capabilities;
import io.vcdsim.model.VirtualHardwareVersion;
import io.vcdsim.store.VdcRow;

import java.util.List;
import java.util.Map;

/**
 * A VDC's virtual hardware versions as vCD writes them: listed in its Capabilities (the newest the default), each at
 * {@code /api/vdc/{id}/hwv/{name}} with its limits and the guest operating systems it runs.
 */
public final class HardwareVersionView {
    public static final String TYPE = "application/vnd.vmware.vcloud.virtualHardwareVersion+xml";

    private HardwareVersionView() {
    }

    static String href(Viewer v, VdcRow vdc, String name) {
        return v.href(Kind.VDC, vdc.id()) + "/hwv/" + name;
    }

    public static Capabilities capabilities(Viewer v, VdcRow vdc) {
        Capabilities c = new Capabilities();
        for (String name : HardwareVersions.SUPPORTED) {
            Capabilities.HardwareVersionRef ref = new Capabilities.HardwareVersionRef();
            ref.href = href(v, vdc, name);
            ref.type = TYPE;
            ref.name = name;
            ref.isDefault = name.equals(HardwareVersions.SUPPORTED.get(HardwareVersions.SUPPORTED.size() - 1));
            ref.value = name;
            c.supportedHardwareVersions.add(ref);
        }
        return c;
    }

    public static VirtualHardwareVersion of(Viewer v, VdcRow vdc, String name) {
        VirtualHardwareVersion h = new VirtualHardwareVersion();
        h.href = href(v, vdc, name);
        h.type = TYPE;
        h.name = name;
        h.maxCoresPerSocket = HardwareVersions.MAX_CORES_PER_SOCKET;
        h.maxCPUs = HardwareVersions.MAX_CPUS;
        h.maxMemorySizeMb = HardwareVersions.MAX_MEMORY_MB;
        h.maxNICs = HardwareVersions.MAX_NICS;
        h.supportsNestedHV = true;
        h.supportsHotPlugPCI = true;
        h.supportsHotAdd = true;
        h.supportedOperatingSystems = new VirtualHardwareVersion.SupportedOperatingSystems();
        for (Map.Entry<String, List<HardwareVersions.GuestOs>> f : HardwareVersions.guestsByFamily().entrySet()) {
            VirtualHardwareVersion.Family family = new VirtualHardwareVersion.Family();
            family.name = f.getKey();
            family.operatingSystemFamilyId = f.getValue().get(0).familyId();
            f.getValue().forEach(g -> family.systems.add(system(g)));
            h.supportedOperatingSystems.families.add(family);
        }
        return h;
    }

    private static VirtualHardwareVersion.OperatingSystem system(HardwareVersions.GuestOs g) {
        VirtualHardwareVersion.OperatingSystem os = new VirtualHardwareVersion.OperatingSystem();
        os.operatingSystemId = g.id();
        os.defaultHardDiskAdapterType = new VirtualHardwareVersion.AdapterRef();
        os.defaultHardDiskAdapterType.ref = "4";
        os.defaultHardDiskAdapterType.value = "lsilogicsas";
        os.minimumHardDiskSizeGigabytes = 1;
        os.minimumMemoryMegabytes = 32;
        os.name = g.name();
        os.internalName = g.internalName();
        os.supported = true;
        os.x64 = g.x64();
        os.maximumCpuCount = HardwareVersions.MAX_CPUS;
        os.maximumCoresPerSocket = HardwareVersions.MAX_CORES_PER_SOCKET;
        os.minimumHardwareVersion = 4;
        os.supportsMemHotAdd = true;
        os.supportedForCreate = true;
        os.recommendedNic = new VirtualHardwareVersion.Nic();
        os.recommendedNic.name = "VMXNET3";
        os.recommendedFirmware = g.recommendedFirmware();
        os.supportedFirmware.addAll(g.firmware());
        return os;
    }
}
