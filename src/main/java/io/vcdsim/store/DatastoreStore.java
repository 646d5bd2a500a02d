package io.vcdsim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The simulated vCenter vc1's datastores, by moref; {@code tx.store(DatastoreStore::new)}. */
public final class DatastoreStore {
    /** A datastore: its stable id, managed object reference, name, file system type and capacity. */
    public record Datastore(UUID id, String moref, String name, String fsType, long capacityMb) {
    }

    private static final RowMapper<Datastore> DATASTORE = (rs, ctx) -> new Datastore(Rows.uuid(rs, "id"),
            rs.getString("moref"), rs.getString("name"), rs.getString("fs_type"), rs.getLong("capacity_mb"));

    private final Handle h;

    public DatastoreStore(Handle h) {
        this.h = h;
    }

    public void add(Datastore d) {
        Rows.execute(h, "INSERT INTO vcenter_datastore (id, moref, name, fs_type, capacity_mb) VALUES (?, ?, ?, ?, ?)",
                d.id(), d.moref(), d.name(), d.fsType(), d.capacityMb());
    }

    /** Every datastore, the first (where VMs sit unless relocated) first. */
    public List<Datastore> all() {
        return h.createQuery("SELECT * FROM vcenter_datastore ORDER BY moref").map(DATASTORE).list();
    }

    public Optional<Datastore> find(UUID id) {
        return h.createQuery("SELECT * FROM vcenter_datastore WHERE id = :id").bind("id", id).map(DATASTORE)
                .findOne();
    }
}
