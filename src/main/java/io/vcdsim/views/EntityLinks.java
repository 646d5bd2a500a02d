package io.vcdsim.views;

import io.vcdsim.model.Entity;

/**
 * Links an entity's representation carries that its own view does not make: the service links extension
 * services register for its type. The edge adds them to every entity document it answers with, whatever made it.
 */
public interface EntityLinks {
    EntityLinks NONE = (entity, baseUrl) -> { };

    void addTo(Entity entity, String baseUrl);
}
