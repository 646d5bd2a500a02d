package io.vcdsim.store;

import java.time.Instant;
import java.util.UUID;

/** An extension service as stored. */
public record ServiceRow(UUID id, String name, String description, String namespace, boolean enabled,
                         boolean authorizationEnabled, String routingKey, int priority, String exchange, String vendor,
                         Instant created) {
}
