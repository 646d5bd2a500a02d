package io.vcdsim.store;

import java.time.Instant;
import java.util.UUID;

/** An entry of a catalog: a name pointing at a media or a vApp template ({@code entityKind}). */
public record CatalogItemRow(UUID id, UUID catalogId, UUID orgId, String name, String description, UUID entityId,
                             String entityKind, Instant created) {
    public static final String MEDIA = "media";
    public static final String TEMPLATE = "vAppTemplate";
}
