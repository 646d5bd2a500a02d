package io.vcdsim.catalog;

import io.vcdsim.core.Kind;
import io.vcdsim.core.Right;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.Tx;

import java.util.UUID;

/**
 * What an OVF package is uploaded into besides a vApp template: a vApp made from it (instantiateOvf). The upload
 * itself (descriptor, files, the vdcUploadOvfContents task) is {@link TemplateService}'s and {@link Transfers}';
 * the target makes and finishes its own entity.
 */
public interface OvfTarget {
    /** The kind of entity this target makes. */
    Kind kind();

    /** Whether the entity is one of this target's, waiting for its package. */
    boolean owns(Tx tx, UUID entityId);

    /** The right an uploader holds in the entity's org. */
    Right uploadRight();

    /** The descriptor arrived: the entity's VMs, as the OVF's VirtualSystems describe them. */
    void described(Tx tx, UUID entityId, Ovf ovf);

    /** Every file arrived: the entity is ready (the upload task's work). */
    void ready(Tx tx, TaskRow task);

    /** The upload was aborted, canceled or failed: the entity goes (its files already went). */
    void remove(Tx tx, UUID entityId);
}
