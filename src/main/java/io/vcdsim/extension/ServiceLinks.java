package io.vcdsim.extension;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
import io.vcdsim.core.Lengths;
import io.vcdsim.core.Principal;
import io.vcdsim.model.Entity;
import io.vcdsim.model.Link;
import io.vcdsim.store.CachedSettings;
import io.vcdsim.store.Database;
import io.vcdsim.store.ServiceLinkStore;
import io.vcdsim.store.ServiceRow;
import io.vcdsim.views.EntityLinks;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Service links (vmext:ServiceLink): a service registers a Link for every entity of a media type (or for one,
 * its ResourceId), and each representation of such an entity carries it, {baseUri} in its href replaced with
 * the API's base (https://host/api/) and {resourceId} with the entity's id, as vCD does.
 */
public final class ServiceLinks implements EntityLinks {
    private final Database db;
    private final Clock clock;
    /** The links of enabled services, read again within a second of another cell's change. */
    private final CachedSettings<List<ServiceLinkStore.Row>> links;

    public ServiceLinks(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.links = new CachedSettings<>(db, clock, Duration.ofSeconds(1),
                tx -> tx.store(ServiceLinkStore::new).ofEnabledServices(), null);
    }

    /** What a client asks to register, as AdminServiceLinkType has it. */
    public record Spec(String linkHref, String mimeType, String rel, String resourceType, String resourceId,
                       String externalResourceId) {
    }

    public ServiceLinkStore.Row link(Principal p, UUID id) {
        p.requireSystemAdmin();
        return Principal.found(db.read(tx -> tx.store(ServiceLinkStore::new).find(id)), "service link", id);
    }

    public ServiceLinkStore.Row create(ServiceRow service, Spec in) {
        require(in.linkHref(), "LinkHref");
        require(in.rel(), "Rel");
        require(in.resourceType(), "ResourceType");
        Lengths.atMost(in.linkHref(), 1024, "A service link's LinkHref");
        Lengths.atMost(in.rel(), 255, "A service link's Rel");
        Lengths.atMost(in.resourceType(), 255, "A service link's ResourceType");
        Lengths.atMost(in.mimeType(), 255, "A service link's MimeType");
        Lengths.atMost(in.resourceId(), 255, "A service link's ResourceId");
        Lengths.atMost(in.externalResourceId(), 255, "A service link's ExternalResourceId");
        ServiceLinkStore.Row row = new ServiceLinkStore.Row(UUID.randomUUID(), service.id(), in.linkHref().strip(),
                in.mimeType(), in.rel().strip(), in.resourceType().strip(), in.resourceId(), in.externalResourceId(),
                clock.instant());
        db.run(tx -> tx.store(ServiceLinkStore::new).insert(row));
        links.invalidate();
        return row;
    }

    public void delete(ServiceLinkStore.Row link) {
        db.run(tx -> tx.store(ServiceLinkStore::new).delete(link.id()));
        links.invalidate();
    }

    /** Reads the links again on next use (a service was enabled, disabled or removed, or the store replaced). */
    public void forget() {
        links.invalidate();
    }

    @Override
    public void addTo(Entity entity, String baseUrl) {
        List<ServiceLinkStore.Row> registered = links.get();
        // every entity document passes here: with no service links (the usual case) nothing is parsed
        if (registered.isEmpty() || entity.type == null || entity.id == null) {
            return;
        }
        String type = baseType(entity.type);
        UUID id = Ids.fromAny(entity.id);
        for (ServiceLinkStore.Row l : registered) {
            boolean forThisEntity = l.resourceId() == null || l.resourceId().equals(entity.id)
                    || (id != null && id.equals(Ids.fromAny(l.resourceId())));
            if (baseType(l.resourceType()).equals(type) && forThisEntity) {
                String href = l.linkHref().replace("{baseUri}", baseUrl + "/api/")
                        .replace("{resourceId}", id == null ? entity.id : id.toString());
                entity.link(new Link(l.rel(), href, l.mimeType(), null));
            }
        }
    }

    /** A media type without its format suffix and parameters, for comparing: vApp+xml names the vApp+json too. */
    private static String baseType(String mediaType) {
        return mediaType.split(";")[0].trim().replaceFirst("\\+(xml|json)$", "").toLowerCase(Locale.ROOT);
    }

    private static void require(String value, String element) {
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest("A service link needs a " + element + ".");
        }
    }
}
