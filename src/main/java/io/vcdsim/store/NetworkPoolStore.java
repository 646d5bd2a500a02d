package io.vcdsim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Network pools, and which pool a provider VDC draws on; {@code tx.store(NetworkPoolStore::new)}. */
public final class NetworkPoolStore {
    /**
     * A pool as stored: {@code ownerId} is the NSX-T manager (GENEVE) or vCenter (VLAN, PORTGROUP_BACKED) managing it,
     * {@code backing} the JSON of its VLAN ranges, switch and port group references.
     */
    public record Row(UUID id, String name, String description, String poolType, UUID ownerId, UUID transportZoneId,
                      String backing, int totalBackings, Instant created) {
        public Row renamed(String newName, String newDescription) {
            return new Row(id, newName, newDescription, poolType, ownerId, transportZoneId, backing, totalBackings,
                    created);
        }

        public Row rebacked(String newBacking, int newTotal) {
            return new Row(id, name, description, poolType, ownerId, transportZoneId, newBacking, newTotal, created);
        }
    }

    private static final RowMapper<Row> MAPPER = (rs, ctx) -> new Row(Rows.uuid(rs, "id"), rs.getString("name"),
            rs.getString("description"), rs.getString("pool_type"), Rows.uuid(rs, "owner_id"),
            Rows.uuid(rs, "transport_zone_id"), rs.getString("backing"), rs.getInt("total_backings"),
            Rows.instant(rs, "created"));
    private final Handle h;

    public NetworkPoolStore(Handle h) {
        this.h = h;
    }

    public Optional<Row> find(UUID id) {
        return h.createQuery("SELECT * FROM network_pool WHERE id = :id").bind("id", id).map(MAPPER).findOne();
    }

    /** The pool, locked until the transaction ends. */
    public Optional<Row> lock(UUID id) {
        return h.createQuery("SELECT * FROM network_pool WHERE id = :id FOR UPDATE").bind("id", id).map(MAPPER)
                .findOne();
    }

    public List<Row> all() {
        return h.createQuery("SELECT * FROM network_pool ORDER BY name_key, id").map(MAPPER).list();
    }

    /** The pools of these ids, in this order. */
    public List<Row> found(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Row> rows = h.createQuery("SELECT * FROM network_pool WHERE id IN (<ids>)").bindList("ids", ids)
                .map(MAPPER).list();
        return ids.stream().flatMap(id -> rows.stream().filter(r -> r.id().equals(id))).toList();
    }

    public boolean nameTaken(String name, UUID except) {
        return h.createQuery("SELECT COUNT(*) FROM network_pool WHERE name_key = :k AND id <> :id")
                .bind("k", Rows.key(name)).bind("id", except).mapTo(Integer.class).one() > 0;
    }

    /** Writes the pool; an existing one changes its name, description and backing. */
    public void save(Row r) {
        if (Rows.execute(h, "UPDATE network_pool SET name = ?, name_key = ?, description = ?, backing = ?, "
                + "total_backings = ? WHERE id = ?", r.name(), Rows.key(r.name()), r.description(), r.backing(),
                r.totalBackings(), r.id()) == 0) {
            Rows.execute(h, "INSERT INTO network_pool (id, name, name_key, description, pool_type, owner_id, "
                            + "transport_zone_id, backing, total_backings, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    r.id(), r.name(), Rows.key(r.name()), r.description(), r.poolType(), r.ownerId(),
                    r.transportZoneId(), r.backing(), r.totalBackings(), r.created());
        }
    }

    public void delete(UUID id) {
        Rows.execute(h, "DELETE FROM network_pool WHERE id = ?", id);
    }

    /** The provider VDCs that draw on a pool, by name. */
    public List<String> providerVdcsUsing(UUID poolId) {
        return h.createQuery("SELECT name FROM provider_vdc WHERE network_pool_id = :p ORDER BY name")
                .bind("p", poolId).mapTo(String.class).list();
    }

    /** The pool a provider VDC draws on, if any. */
    public Optional<Row> ofProviderVdc(UUID providerVdcId) {
        return h.createQuery("SELECT n.* FROM network_pool n JOIN provider_vdc p ON p.network_pool_id = n.id "
                + "WHERE p.id = :p").bind("p", providerVdcId).map(MAPPER).findOne();
    }

    public void setProviderVdcPool(UUID providerVdcId, UUID poolId) {
        Rows.execute(h, "UPDATE provider_vdc SET network_pool_id = ? WHERE id = ?", poolId, providerVdcId);
    }
}
