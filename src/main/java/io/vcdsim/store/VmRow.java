package io.vcdsim.store;

import java.time.Instant;
import java.util.UUID;

/** A VM of a template or a vApp; disks and nics are JSON lists as the OVF described them. */
public record VmRow(UUID id, UUID parentId, UUID orgId, String name, String description, int status, boolean deployed,
                    String osType, int cpus, long memoryMb, String disks, String nics, int position, Instant created) {
    public VmRow withNics(String newNics) {
        return new VmRow(id, parentId, orgId, name, description, status, deployed, osType, cpus, memoryMb, disks,
                newNics, position, created);
    }

    public VmRow withSize(int newCpus, long newMemoryMb) {
        return new VmRow(id, parentId, orgId, name, description, status, deployed, osType, newCpus, newMemoryMb, disks,
                nics, position, created);
    }

    public VmRow with(int newStatus, boolean newDeployed) {
        return new VmRow(id, parentId, orgId, name, description, newStatus, newDeployed, osType, cpus, memoryMb, disks,
                nics, position, created);
    }

    /**
     * The same VM in another parent (a template's VM copied into a vApp), of {@code newOrg}: a template another org
     * shares is copied into a vApp of yours.
     */
    public VmRow copy(UUID newId, UUID newParent, UUID newOrg, int newStatus, Instant at) {
        return new VmRow(newId, newParent, newOrg, name, description, newStatus, false, osType, cpus, memoryMb, disks,
                nics, position, at);
    }
}
