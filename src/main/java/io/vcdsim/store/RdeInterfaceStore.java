package io.vcdsim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Runtime defined entity interfaces and their behaviors; {@code tx.store(RdeInterfaceStore::new)}. */
public final class RdeInterfaceStore {
    /** An interface, named by vendor:nss:version. */
    public record Row(UUID id, String vendor, String nss, String version, String name, boolean readOnly) {
    }

    /** A behavior of an interface; {@code execution} is its JSON object as sent. */
    public record Behavior(UUID interfaceId, String name, String description, String execution) {
    }

    private static final RowMapper<Row> MAPPER = (rs, ctx) -> new Row(Rows.uuid(rs, "id"), rs.getString("vendor"),
            rs.getString("nss"), rs.getString("version"), rs.getString("name"), rs.getBoolean("read_only"));
    private static final RowMapper<Behavior> BEHAVIOR = (rs, ctx) -> new Behavior(Rows.uuid(rs, "interface_id"),
            rs.getString("name"), rs.getString("description"), rs.getString("execution"));
    private final Handle h;

    public RdeInterfaceStore(Handle h) {
        this.h = h;
    }

    /** vCD's built-in Kubernetes interface (V46 made it), which Container Service Extension's types implement. */
    public static final UUID KUBERNETES = UUID.fromString("5b0f6c2a-8d3e-4f71-9c2b-6a1e0d4f7b21");

    /** Puts the built-in Kubernetes interface back when missing: a reset wipes it, an older saved state lacks it. */
    public void ensureBuiltIn() {
        if (find("vmware", "k8s", "1.0.0").isEmpty()) {
            insert(new Row(KUBERNETES, "vmware", "k8s", "1.0.0", "Kubernetes", false));
            saveBehavior(new Behavior(KUBERNETES, "createKubeConfig", "Creates and returns a kubeconfig",
                    "{\"id\":\"CreateKubeConfigActivity\",\"type\":\"Activity\"}"));
        }
    }

    public Optional<Row> find(UUID id) {
        return h.createQuery("SELECT * FROM rde_interface WHERE id = :id").bind("id", id).map(MAPPER).findOne();
    }

    public Optional<Row> find(String vendor, String nss, String version) {
        return h.createQuery("SELECT * FROM rde_interface WHERE vendor = :v AND nss = :n AND version = :ver")
                .bind("v", vendor).bind("n", nss).bind("ver", version).map(MAPPER).findOne();
    }

    public List<Row> found(List<UUID> ids) {
        return Rows.inOrder(h, "SELECT * FROM rde_interface WHERE id IN (<ids>)", ids, MAPPER, Row::id);
    }

    public void insert(Row r) {
        Rows.execute(h, "INSERT INTO rde_interface (id, vendor, nss, version, name, read_only) "
                + "VALUES (?, ?, ?, ?, ?, ?)", r.id(), r.vendor(), r.nss(), r.version(), r.name(), r.readOnly());
    }

    public void rename(UUID id, String name) {
        Rows.execute(h, "UPDATE rde_interface SET name = ? WHERE id = ?", name, id);
    }

    /** Whether an entity type implements the interface. */
    public boolean inUse(UUID id) {
        return h.createQuery("SELECT COUNT(*) FROM rde_type_interface WHERE interface_id = :id").bind("id", id)
                .mapTo(Integer.class).one() > 0;
    }

    public void delete(UUID id) {
        Rows.execute(h, "DELETE FROM rde_interface WHERE id = ?", id);
    }

    public List<Behavior> behaviors(UUID interfaceId) {
        return h.createQuery("SELECT * FROM rde_interface_behavior WHERE interface_id = :id ORDER BY position")
                .bind("id", interfaceId).map(BEHAVIOR).list();
    }

    public Optional<Behavior> behavior(UUID interfaceId, String name) {
        return h.createQuery("SELECT * FROM rde_interface_behavior WHERE interface_id = :id AND name = :n")
                .bind("id", interfaceId).bind("n", name).map(BEHAVIOR).findOne();
    }

    /** Adds the behavior after the others, or replaces the one of its name. */
    public void saveBehavior(Behavior b) {
        if (Rows.execute(h, "UPDATE rde_interface_behavior SET description = ?, execution = ? WHERE interface_id = ? "
                + "AND name = ?", b.description(), b.execution(), b.interfaceId(), b.name()) == 0) {
            Rows.execute(h, "INSERT INTO rde_interface_behavior (interface_id, name, description, execution, position) "
                    + "VALUES (?, ?, ?, ?, (SELECT COALESCE(MAX(position), -1) + 1 FROM rde_interface_behavior "
                    + "WHERE interface_id = ?))", b.interfaceId(), b.name(), b.description(), b.execution(),
                    b.interfaceId());
        }
    }

    public void deleteBehavior(UUID interfaceId, String name) {
        Rows.execute(h, "DELETE FROM rde_interface_behavior WHERE interface_id = ? AND name = ?", interfaceId, name);
    }
}
