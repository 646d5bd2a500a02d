package io.vcdsim.store;

import java.time.Instant;
import java.util.UUID;

/** A media image (ISO, floppy); status 0 while its bytes arrive, 1 once they all have; owned by who made it. */
public record MediaRow(UUID id, UUID orgId, UUID vdcId, String name, String description, String imageType, long size,
                       int status, Instant created, UUID ownerId) {
    public static final int UPLOADING = 0;
    public static final int READY = 1;
}
