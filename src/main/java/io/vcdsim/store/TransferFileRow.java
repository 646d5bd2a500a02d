package io.vcdsim.store;

import java.time.Instant;
import java.util.UUID;

/** A file an entity waits for, and how many of its bytes have arrived. */
public record TransferFileRow(UUID id, UUID entityId, UUID orgId, UUID taskId, String name, long size,
                              long bytesTransferred, Instant created) {
    public boolean complete() {
        return bytesTransferred >= size;
    }
}
