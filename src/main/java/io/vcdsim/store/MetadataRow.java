package io.vcdsim.store;

import java.util.UUID;

/** One metadata entry: a typed value under a key in a domain, with a visibility. */
public record MetadataRow(UUID entityId, UUID orgId, String domain, String key, String visibility, String valueType,
                          String value) {
}
