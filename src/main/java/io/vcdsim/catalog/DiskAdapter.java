package io.vcdsim.catalog;

import java.util.Arrays;
import java.util.Optional;

/**
 * The disk controllers a VM's internal disk may sit on, by the code VmSpecSection's DiskSettings gives as its
 * AdapterType (terraform's bus types ide, parallel, sas, paravirtual, sata, nvme), with vSphere's limits on buses
 * and units, and how a RASD item names the controller (HostResource busType and busSubType).
 */
public enum DiskAdapter {
    IDE("1", "IDE Controller", 5, "", 2, 2, -1),
    LSI_LOGIC("3", "SCSI Controller", 6, "lsilogic", 4, 16, 7),
    LSI_LOGIC_SAS("4", "SCSI Controller", 6, "lsilogicsas", 4, 16, 7),
    PARAVIRTUAL("5", "SCSI Controller", 6, "VirtualSCSI", 4, 16, 7),
    SATA("6", "SATA Controller", 20, "vmware.sata.ahci", 4, 30, -1),
    NVME("7", "NVME Controller", 20, "vmware.nvme.controller", 4, 15, -1);

    /** Where a disk goes when its client names no slot: vcdsim's VMs have their disks on SCSI controller 0. */
    public static final DiskAdapter DEFAULT = LSI_LOGIC_SAS;

    public final String code;
    public final String controllerName;
    public final int busType;
    public final String busSubType;
    private final int buses;
    private final int units;
    /** The unit the controller itself takes on a SCSI bus (-1: none). */
    private final int reservedUnit;

    DiskAdapter(String code, String controllerName, int busType, String busSubType, int buses, int units,
                int reservedUnit) {
        this.code = code;
        this.controllerName = controllerName;
        this.busType = busType;
        this.busSubType = busSubType;
        this.buses = buses;
        this.units = units;
        this.reservedUnit = reservedUnit;
    }

    public static Optional<DiskAdapter> of(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code == null ? null : code.trim())).findFirst();
    }

    public boolean hasBus(int bus) {
        return bus >= 0 && bus < buses;
    }

    /** Whether a disk may sit at this unit of one of the controller's buses. */
    public boolean hasUnit(int unit) {
        return unit >= 0 && unit < units && unit != reservedUnit;
    }

    public String describeLimits() {
        return "buses 0 to " + (buses - 1) + ", units 0 to " + (units - 1)
                + (reservedUnit < 0 ? "" : " but " + reservedUnit);
    }
}
