package io.vcdsim.compute;

import io.vcdsim.catalog.DiskAdapter;
import io.vcdsim.catalog.Ovf;
import io.vcdsim.catalog.VmHardware;
import io.vcdsim.core.ApiException;
import io.vcdsim.store.Tx;
import io.vcdsim.store.VmRow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A VM's internal disks as a VmSpecSection's DiskSection sets them (go-vcloud-director's AddInternalDisk,
 * UpdateInternalDisks and DeleteInternalDisk, terraform's vcd_vm_internal_disk): the section is the whole list, so a
 * disk it names by DiskId is kept (it may grow, not shrink, and stays in its slot), a DiskSettings without a DiskId
 * is a new disk in the controller slot it names, and a disk it leaves out goes.
 */
public final class InternalDisks {
    /** The most IOPS a disk may reserve (vSphere's limit per disk). */
    static final long MAX_IOPS = 1_000_000;

    private InternalDisks() {
    }

    /**
     * One DiskSettings. Null parts keep what the disk has (a new disk: vCD's defaults); {@code storageProfile} is the
     * profile the disk overrides the VM's with (null: it follows the VM's).
     */
    public record Setting(String diskId, Long sizeMb, String adapterType, Integer busNumber, Integer unitNumber,
                          Boolean thinProvisioned, Long iopsReservation, UUID storageProfile) {
    }

    /** The VM's disks after {@code settings}, each in its slot; checked before anything starts. */
    public static List<Ovf.Disk> planned(VmRow vm, List<Setting> settings) {
        VmHardware.requireDiskCount(settings.size());
        Map<String, Ovf.Disk> now = new HashMap<>();
        VmHardware.placed(VmHardware.disks(vm)).forEach(d -> now.put(d.id(), d));
        List<Ovf.Disk> planned = new ArrayList<>();
        Set<String> named = new HashSet<>();
        Set<Ovf.Slot> slots = new HashSet<>();
        for (Setting s : settings) {
            checkedLimits(s);
            Ovf.Disk d = s.diskId() == null || s.diskId().isBlank() ? added(s) : kept(now, s);
            if (!named.add(d.id())) {
                throw ApiException.badRequest("The DiskSection names disk " + d.id() + " twice.");
            }
            if (!slots.add(d.slot())) {
                throw ApiException.badRequest("Two disks are on bus " + d.slot().busNumber() + ", unit "
                        + d.slot().unitNumber() + " of the same controller (AdapterType " + d.slot().adapterType()
                        + ").");
            }
            planned.add(d);
        }
        return planned;
    }

    /**
     * The disks of a VM made from scratch (a CreateItem, CreateVmParams): each needs its size; its DiskId, if given,
     * is kept; its slot is the one it names, or (none named) the next free one of SCSI controller 0.
     */
    public static List<Ovf.Disk> forNewVm(List<Setting> settings) {
        VmHardware.requireDiskCount(settings.size());
        List<Ovf.Disk> disks = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<Ovf.Slot> slots = new HashSet<>();
        for (Setting s : settings) {
            checkedLimits(s);
            boolean placed = s.adapterType() != null || s.busNumber() != null || s.unitNumber() != null;
            Ovf.Disk d = placed ? added(s) : added(s.sizeMb(), null, s);
            if (s.diskId() != null && !s.diskId().isBlank()) {
                d = new Ovf.Disk(s.diskId().trim(), d.capacityMb(), d.slot(), d.thinProvisioned(),
                        d.iopsReservation(), d.storageProfile());
            }
            if (!ids.add(d.id()) || d.slot() != null && !slots.add(d.slot())) {
                throw ApiException.badRequest("Two of the new VM's disks have DiskId " + d.id() + " or the same "
                        + "controller slot.");
            }
            disks.add(d);
        }
        return VmHardware.placed(disks);
    }

    /** The VDC storage profiles the disks name, checked: enabled profiles of the VM's VDC. */
    static void requireProfiles(Tx tx, VmRow vm, List<Ovf.Disk> disks) {
        ownProfiles(disks).forEach(p -> Placement.requireFor(tx, vm, p));
    }

    /** The same for a VM not made yet, in VDC {@code vdcId}. */
    static void requireProfilesIn(Tx tx, UUID vdcId, List<Ovf.Disk> disks) {
        ownProfiles(disks).forEach(p -> Placement.requireIn(tx, vdcId, p));
    }

    /** The storage profiles disks have of their own, each once (none for null disks). */
    private static List<UUID> ownProfiles(List<Ovf.Disk> disks) {
        return disks == null ? List.of() : disks.stream().map(Ovf.Disk::storageProfile)
                .filter(java.util.Objects::nonNull).distinct().toList();
    }

    private static Ovf.Disk kept(Map<String, Ovf.Disk> now, Setting s) {
        Ovf.Disk d = now.get(s.diskId().trim());
        if (d == null) {
            throw ApiException.badRequest("The VM has no disk " + s.diskId().trim() + "; a new disk has no DiskId.");
        }
        Ovf.Slot at = d.slot();
        if (s.adapterType() != null && !DiskAdapter.of(s.adapterType()).map(a -> a.code).orElse("")
                .equals(at.adapterType()) || s.busNumber() != null && s.busNumber() != at.busNumber()
                || s.unitNumber() != null && s.unitNumber() != at.unitNumber()) {
            throw ApiException.badRequest("Disk " + d.id() + " stays on its controller (AdapterType "
                    + at.adapterType() + ", bus " + at.busNumber() + ", unit " + at.unitNumber() + ").");
        }
        if (s.sizeMb() != null && s.sizeMb() < d.capacityMb()) {
            throw ApiException.badRequest("Disk " + d.id() + " can grow, not shrink (" + d.capacityMb() + " MB now).");
        }
        return new Ovf.Disk(d.id(), s.sizeMb() == null ? d.capacityMb() : s.sizeMb(), at,
                s.thinProvisioned() == null ? d.thinProvisioned() : s.thinProvisioned(),
                s.iopsReservation() == null ? d.iopsReservation() : s.iopsReservation(), s.storageProfile());
    }

    private static void checkedLimits(Setting s) {
        VmHardware.requireWithinLimits(null, null, s.sizeMb() == null ? null : List.of(s.sizeMb()));
        if (s.iopsReservation() != null && (s.iopsReservation() < 0 || s.iopsReservation() > MAX_IOPS)) {
            throw ApiException.badRequest("A disk reserves 0 to " + MAX_IOPS + " IOPS.");
        }
    }

    /** A new disk in the slot the setting names (all of AdapterType, BusNumber and UnitNumber needed). */
    private static Ovf.Disk added(Setting s) {
        if (s.adapterType() == null || s.busNumber() == null || s.unitNumber() == null) {
            throw ApiException.badRequest("A new disk needs its AdapterType, BusNumber and UnitNumber.");
        }
        DiskAdapter adapter = DiskAdapter.of(s.adapterType()).orElseThrow(() -> ApiException.badRequest(
                "AdapterType is 1 (IDE), 3 (LSI Logic), 4 (LSI Logic SAS), 5 (Paravirtual), 6 (SATA) or 7 (NVMe), "
                        + "not '" + s.adapterType() + "'."));
        if (!adapter.hasBus(s.busNumber()) || !adapter.hasUnit(s.unitNumber())) {
            throw ApiException.badRequest("An " + adapter.controllerName + " (AdapterType " + adapter.code + ") has "
                    + adapter.describeLimits() + "; not bus " + s.busNumber() + ", unit " + s.unitNumber() + ".");
        }
        return added(s.sizeMb(), new Ovf.Slot(adapter.code, s.busNumber(), s.unitNumber()), s);
    }

    private static Ovf.Disk added(Long sizeMb, Ovf.Slot slot, Setting s) {
        if (sizeMb == null || sizeMb < 1) {
            throw ApiException.badRequest("A new disk needs its SizeMb (at least 1).");
        }
        return new Ovf.Disk(newId(), sizeMb, slot, s.thinProvisioned(), s.iopsReservation(), s.storageProfile());
    }

    /** A disk's id: unique in its VM, stable for life. */
    public static String newId() {
        return "disk-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
