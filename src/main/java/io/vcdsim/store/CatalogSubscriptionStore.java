package io.vcdsim.store;

import org.jdbi.v3.core.Handle;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Subscribed catalogs and which publisher's item each of their items copies; {@code tx.store(CatalogSubscriptionStore::new)}. */
public final class CatalogSubscriptionStore {
    /** A catalog's subscription: the URL it gave, the publishing catalog it names, its password, local copies or not. */
    public record Subscription(UUID catalogId, String location, UUID sourceCatalogId, String password,
                               boolean localCopy) {
    }

    private final Handle h;

    public CatalogSubscriptionStore(Handle h) {
        this.h = h;
    }

    public Optional<Subscription> find(UUID catalogId) {
        return h.createQuery("SELECT * FROM catalog_subscription WHERE catalog_id = :id").bind("id", catalogId)
                .map((rs, ctx) -> new Subscription(Rows.uuid(rs, "catalog_id"), rs.getString("location"),
                        Rows.uuid(rs, "source_catalog_id"), rs.getString("password"), rs.getBoolean("local_copy")))
                .findOne();
    }

    /** Whether this catalog is a subscription (its content comes from its publisher only). */
    public boolean subscribed(UUID catalogId) {
        return h.createQuery("SELECT COUNT(*) FROM catalog_subscription WHERE catalog_id = :id").bind("id", catalogId)
                .mapTo(Integer.class).one() > 0;
    }

    public void put(Subscription s) {
        Rows.execute(h, "DELETE FROM catalog_subscription WHERE catalog_id = ?", s.catalogId());
        Rows.execute(h, "INSERT INTO catalog_subscription (catalog_id, location, source_catalog_id, password, "
                + "local_copy) VALUES (?, ?, ?, ?, ?)", s.catalogId(), s.location(), s.sourceCatalogId(), s.password(),
                s.localCopy());
    }

    /** The catalog is no longer subscribed; its items stay, as its own. */
    public void remove(UUID catalogId) {
        Rows.execute(h, "DELETE FROM subscribed_item WHERE catalog_id = ?", catalogId);
        Rows.execute(h, "DELETE FROM catalog_subscription WHERE catalog_id = ?", catalogId);
    }

    /** The subscribed catalog's items by the publisher's item each copies. */
    public Map<UUID, UUID> itemsBySource(UUID catalogId) {
        Map<UUID, UUID> items = new HashMap<>();
        h.createQuery("SELECT item_id, source_item_id FROM subscribed_item WHERE catalog_id = :id")
                .bind("id", catalogId).map((rs, ctx) -> Map.entry(Rows.uuid(rs, "source_item_id"),
                        Rows.uuid(rs, "item_id"))).forEach(e -> items.put(e.getKey(), e.getValue()));
        return items;
    }

    /** The publisher's item a subscribed item copies, if it is one. */
    public Optional<UUID> sourceOf(UUID itemId) {
        return h.createQuery("SELECT source_item_id FROM subscribed_item WHERE item_id = :id").bind("id", itemId)
                .map((rs, ctx) -> Rows.uuid(rs, "source_item_id")).findOne();
    }

    public void linkItem(UUID itemId, UUID catalogId, UUID sourceItemId) {
        Rows.execute(h, "INSERT INTO subscribed_item (item_id, catalog_id, source_item_id) VALUES (?, ?, ?)", itemId,
                catalogId, sourceItemId);
    }
}
