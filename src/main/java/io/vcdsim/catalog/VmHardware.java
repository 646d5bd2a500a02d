package io.vcdsim.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vcdsim.core.ApiException;
import io.vcdsim.store.VmRow;

import java.util.List;

/** A VM's disks and NICs, kept as JSON in its row (as the OVF described them). */
public final class VmHardware {
    private static final ObjectMapper JSON = new ObjectMapper();

    private VmHardware() {
    }

    /** What vSphere lets one VM have: CPUs, memory (MB) and one disk's size (MB, 62 TB). */
    public static final int MAX_CPUS = 128;
    public static final long MIN_MEMORY_MB = 4;
    public static final long MAX_MEMORY_MB = 4L * 1024 * 1024;
    public static final long MAX_DISK_MB = 62L * 1024 * 1024;
    /** vSphere's limit: four SCSI controllers of fifteen disks. */
    public static final int MAX_DISKS = 60;
    private static final int UNITS_PER_BUS = 16;

    /** A CPU count, memory size and disk sizes (any may be null: unchanged) checked against those limits. */
    public static void requireWithinLimits(Integer cpus, Long memoryMb, java.util.Collection<Long> diskSizesMb) {
        if (cpus != null && (cpus < 1 || cpus > MAX_CPUS)) {
            throw ApiException.badRequest("A VM has 1 to " + MAX_CPUS + " virtual CPUs.");
        }
        if (memoryMb != null && (memoryMb < MIN_MEMORY_MB || memoryMb > MAX_MEMORY_MB)) {
            throw ApiException.badRequest("A VM has 4 MB to 4 TB of memory.");
        }
        for (Long size : diskSizesMb == null ? List.<Long>of() : diskSizesMb) {
            if (size != null && (size < 0 || size > MAX_DISK_MB)) {
                throw ApiException.badRequest("A VM's disk has 0 to " + MAX_DISK_MB + " MB; not " + size + ".");
            }
        }
    }

    /** A list of {@code count} disks for one VM, checked against vSphere's limit. */
    public static void requireDiskCount(int count) {
        if (count > MAX_DISKS) {
            throw ApiException.badRequest("A VM has at most " + MAX_DISKS + " disks.");
        }
    }

    public static List<Ovf.Disk> disks(VmRow vm) {
        return disks(vm.disks());
    }

    /** Disks as a VM keeps them (its {@code disks} JSON). */
    public static List<Ovf.Disk> disks(String json) {
        return json == null || json.isEmpty() ? List.of() : read(json, new TypeReference<>() {
        });
    }

    /**
     * The disks, each in its slot: a disk no client placed (from an OVF, or added by size only) takes the first free
     * unit of SCSI controller 0, in the list's order, as vcdsim always showed them.
     */
    public static List<Ovf.Disk> placed(List<Ovf.Disk> disks) {
        java.util.Set<Ovf.Slot> taken = new java.util.HashSet<>();
        disks.stream().map(Ovf.Disk::slot).filter(java.util.Objects::nonNull).forEach(taken::add);
        List<Ovf.Disk> placed = new java.util.ArrayList<>();
        int next = 0; // the bus and unit tried next, counted across the default controller's buses
        for (Ovf.Disk d : disks) {
            Ovf.Slot slot = d.slot();
            while (slot == null) {
                Ovf.Slot tried = new Ovf.Slot(DiskAdapter.DEFAULT.code, next / UNITS_PER_BUS, next++ % UNITS_PER_BUS);
                if (!taken.contains(tried) && DiskAdapter.DEFAULT.hasUnit(tried.unitNumber())
                        && DiskAdapter.DEFAULT.hasBus(tried.busNumber())) {
                    slot = tried;
                } else if (next > 4 * UNITS_PER_BUS) { // more disks than slots: only a corrupt row has them
                    throw new IllegalStateException("no free slot for disk " + d.id());
                }
            }
            taken.add(slot);
            placed.add(d.withSlot(slot));
        }
        return placed;
    }

    public static List<Ovf.Nic> nics(VmRow vm) {
        return read(vm.nics(), new TypeReference<>() {
        });
    }

    /**
     * The MAC address of the VM's NIC {@code index} (0 to 9): VMware's prefix and 22 bits, 18 of the VM's id and 4 of
     * the index, so a VM's NICs never share one; stable for life.
     */
    public static String mac(VmRow vm, int index) {
        long bits = (vm.id().getLeastSignificantBits() & 0x3ffff) << 4 | (index & 0xf);
        return String.format("00:50:56:%02x:%02x:%02x", (bits >> 16) & 0x3f, (bits >> 8) & 0xff, bits & 0xff);
    }

    public static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored VM hardware unreadable: " + e.getMessage(), e);
        }
    }
}
