package io.vcdsim.views;

import io.vcdsim.catalog.Ovf;
import io.vcdsim.catalog.VmHardware;
import io.vcdsim.store.VAppRow;
import io.vcdsim.store.VmRow;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A vApp as the OVA its download gives: a tar holding its OVF descriptor, one VirtualSystem per VM with its
 * operating system, CPUs, memory, disks (by capacity: a simulated VM has no disk contents) and NICs. vcdsim reads
 * such a descriptor back as a vApp template.
 */
public final class VAppOva {
    private static final String OVF = "http://schemas.dmtf.org/ovf/envelope/1";
    private static final String RASD = "http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData";
    private static final String VMW = "http://www.vmware.com/schema/ovf";

    private VAppOva() {
    }

    public static String fileName(VAppRow a) {
        return a.name().replaceAll("[^A-Za-z0-9._-]", "_") + ".ova";
    }

    public static byte[] of(VAppRow a, List<VmRow> vms) {
        byte[] descriptor = descriptor(a, vms).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            TarArchiveEntry entry = new TarArchiveEntry(fileName(a).replace(".ova", ".ovf"));
            entry.setSize(descriptor.length);
            tar.putArchiveEntry(entry);
            tar.write(descriptor);
            tar.closeArchiveEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static String descriptor(VAppRow a, List<VmRow> vms) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ovf:Envelope xmlns:ovf=\"")
                .append(OVF).append("\" xmlns:rasd=\"").append(RASD).append("\" xmlns:vmw=\"").append(VMW)
                .append("\"><ovf:References/><ovf:DiskSection><ovf:Info>Virtual disks</ovf:Info>");
        for (VmRow vm : vms) {
            List<Ovf.Disk> disks = VmHardware.disks(vm);
            for (int i = 0; i < disks.size(); i++) {
                x.append("<ovf:Disk ovf:diskId=\"").append(diskId(vm, i)).append("\" ovf:capacity=\"")
                        .append(disks.get(i).capacityMb()).append("\" ovf:capacityAllocationUnits=\"byte * 2^20\"/>");
            }
        }
        x.append("</ovf:DiskSection><ovf:VirtualSystemCollection ovf:id=\"").append(esc(a.name()))
                .append("\"><ovf:Info>A vApp</ovf:Info><ovf:Name>").append(esc(a.name())).append("</ovf:Name>");
        for (VmRow vm : vms) {
            x.append("<ovf:VirtualSystem ovf:id=\"").append(esc(vm.name())).append("\"><ovf:Info>A VM</ovf:Info>")
                    .append("<ovf:Name>").append(esc(vm.name())).append("</ovf:Name>")
                    .append("<ovf:OperatingSystemSection ovf:id=\"1\" vmw:osType=\"").append(esc(vm.osType()))
                    .append("\"><ovf:Info>Guest OS</ovf:Info></ovf:OperatingSystemSection>")
                    .append("<ovf:VirtualHardwareSection><ovf:Info>Virtual hardware</ovf:Info>");
            item(x, "hertz * 10^6", vm.cpus() + " virtual CPU(s)", "1", 3, vm.cpus(), null, null);
            item(x, "byte * 2^20", vm.memoryMb() + " MB of memory", "2", 4, vm.memoryMb(), null, null);
            List<Ovf.Disk> disks = VmHardware.disks(vm);
            for (int i = 0; i < disks.size(); i++) {
                item(x, null, "Hard disk " + (i + 1), Integer.toString(2000 + i), 17, null,
                        "ovf:/disk/" + diskId(vm, i), null);
            }
            for (Ovf.Nic nic : VmHardware.nics(vm)) {
                item(x, null, "Network adapter " + nic.index(), Integer.toString(10 + nic.index()), 10, null, null,
                        nic);
            }
            x.append("</ovf:VirtualHardwareSection></ovf:VirtualSystem>");
        }
        return x.append("</ovf:VirtualSystemCollection></ovf:Envelope>\n").toString();
    }

    private static String diskId(VmRow vm, int index) {
        return "vmdisk-" + vm.id().toString().substring(0, 8) + "-" + index;
    }

    private static void item(StringBuilder x, String units, String name, String id, int type, Number quantity,
                             String hostResource, Ovf.Nic nic) {
        x.append("<ovf:Item>");
        if (nic != null) {
            x.append("<rasd:AddressOnParent>").append(nic.index()).append("</rasd:AddressOnParent>");
        }
        if (units != null) {
            x.append("<rasd:AllocationUnits>").append(units).append("</rasd:AllocationUnits>");
        }
        if (nic != null) {
            x.append("<rasd:Connection>").append(esc(nic.network() == null ? "none" : nic.network()))
                    .append("</rasd:Connection>");
        }
        x.append("<rasd:ElementName>").append(esc(name)).append("</rasd:ElementName>");
        if (hostResource != null) {
            x.append("<rasd:HostResource>").append(hostResource).append("</rasd:HostResource>");
        }
        x.append("<rasd:InstanceID>").append(id).append("</rasd:InstanceID>");
        if (nic != null) {
            x.append("<rasd:ResourceSubType>").append(esc(nic.adapterTypeOrDefault())).append("</rasd:ResourceSubType>");
        }
        x.append("<rasd:ResourceType>").append(type).append("</rasd:ResourceType>");
        if (quantity != null) {
            x.append("<rasd:VirtualQuantity>").append(quantity).append("</rasd:VirtualQuantity>");
        }
        x.append("</ovf:Item>");
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
