package io.vcdsim.store;

import java.time.Instant;
import java.util.UUID;

/** A file an entity waits for, and how many of its bytes have arrived. */
public record TransferFileRow(UUID id, UUID entityId, UUID orgId, UUID taskId, String name, long size,
                              long bytesTransferred, Instant created) {
    /** All its bytes arrived (a file whose size is not known yet, -1, has not). */
    public boolean complete() {
        return size >= 0 && bytesTransferred >= size;
    }
}
