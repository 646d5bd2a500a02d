package io.vcdsim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The NSX-T ALB controllers vCD has registered; {@code tx.store(AlbControllerStore::new)}. */
public final class AlbControllerStore {
    /** A controller as stored: its password is never kept; {@code licenseType} is null unless a client set it. */
    public record Controller(UUID id, String name, String description, String url, String username,
                             String licenseType, Instant created) {
    }

    private static final RowMapper<Controller> MAPPER = (rs, ctx) -> new Controller(Rows.uuid(rs, "id"),
            rs.getString("name"), rs.getString("description"), rs.getString("url"), rs.getString("username"),
            rs.getString("license_type"), Rows.instant(rs, "created"));
    private final Handle h;

    public AlbControllerStore(Handle h) {
        this.h = h;
    }

    public Optional<Controller> find(UUID id) {
        return h.createQuery("SELECT * FROM alb_controller WHERE id = :id").bind("id", id).map(MAPPER).findOne();
    }

    /** The controller, locked until the transaction ends (so no cloud is imported from it while it goes). */
    public Optional<Controller> lock(UUID id) {
        return h.createQuery("SELECT * FROM alb_controller WHERE id = :id FOR UPDATE").bind("id", id).map(MAPPER)
                .findOne();
    }

    /** The controllers of these ids, in this order (a page the query engine chose). */
    public List<Controller> found(List<UUID> ids) {
        return Rows.inOrder(h, "SELECT * FROM alb_controller WHERE id IN (<ids>)", ids, MAPPER, Controller::id);
    }

    public boolean nameTaken(String name, UUID except) {
        return taken("name_key", Rows.key(name), except);
    }

    /** Whether another controller is at the controller {@code urlKey} names (however its URL was written). */
    public boolean urlTaken(String urlKey, UUID except) {
        return taken("url_key", urlKey, except);
    }

    private boolean taken(String column, String key, UUID except) {
        return h.createQuery("SELECT COUNT(*) FROM alb_controller WHERE " + column + " = :k AND id <> :id")
                .bind("k", key).bind("id", except).mapTo(Integer.class).one() > 0;
    }

    /**
     * Writes the controller, {@code urlKey} naming the controller its URL reaches; an existing one takes the new name,
     * description, URL, user and license type.
     */
    public void save(Controller c, String urlKey) {
        if (Rows.execute(h, "UPDATE alb_controller SET name = ?, name_key = ?, description = ?, url = ?, url_key = ?, "
                        + "username = ?, license_type = ? WHERE id = ?", c.name(), Rows.key(c.name()), c.description(),
                c.url(), urlKey, c.username(), c.licenseType(), c.id()) == 0) {
            Rows.execute(h, "INSERT INTO alb_controller (id, name, name_key, description, url, url_key, username, "
                            + "license_type, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", c.id(), c.name(),
                    Rows.key(c.name()), c.description(), c.url(), urlKey, c.username(), c.licenseType(),
                    Rows.utc(c.created()));
        }
    }

    public void delete(UUID id) {
        Rows.execute(h, "DELETE FROM alb_controller WHERE id = ?", id);
    }
}
