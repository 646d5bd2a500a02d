package io.vcdsim.store;

import java.util.UUID;

/** A global role or a rights bundle: a provider's named collection of rights, published to tenants. */
public record RightsContainerRow(UUID id, String kind, String name, String description, String bundleKey,
                                 boolean readOnly, boolean publishAll) {
}
