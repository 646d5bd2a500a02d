package io.vcdsim.store;

import io.vcdsim.core.Kind;
import org.jdbi.v3.core.Handle;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Access control of catalogs, vApps and VDCs: shared with everyone at a level, or with subjects one by one. */
public final class AccessControlStore {
    private final Handle h;

    AccessControlStore(Handle h) {
        this.h = h;
    }

    /** Everyone in the org at {@code everyoneLevel}, or the subjects of {@code settings}, in their order. */
    public record Control(boolean sharedToEveryone, String everyoneLevel, List<Setting> settings) {
        public static final Control NONE = new Control(false, null, List.of());
    }

    /** One subject's access: a user, or (for catalogs) an org. */
    public record Setting(UUID userId, UUID orgId, String accessLevel) {
    }

    public Control get(UUID entityId) {
        Optional<Control> found = h.createQuery("SELECT shared_to_everyone, everyone_level FROM access_control "
                        + "WHERE entity_id = :id").bind("id", entityId)
                .map((rs, ctx) -> new Control(rs.getBoolean(1), rs.getString(2), settings(entityId))).findOne();
        return found.orElse(Control.NONE);
    }

    private List<Setting> settings(UUID entityId) {
        return h.createQuery("SELECT user_id, org_id, access_level FROM access_setting WHERE entity_id = :id "
                        + "ORDER BY position").bind("id", entityId)
                .map((rs, ctx) -> new Setting(Rows.uuid(rs, "user_id"), Rows.uuid(rs, "org_id"),
                        rs.getString("access_level"))).list();
    }

    /** Replaces the object's access control; its row refers to the object, so it goes when the object does. */
    public void put(Kind kind, UUID entityId, Control c) {
        h.createUpdate("DELETE FROM access_control WHERE entity_id = :id").bind("id", entityId).execute();
        String column = kind == Kind.CATALOG ? "catalog_id" : kind == Kind.VAPP ? "vapp_id" : "vdc_id";
        Rows.execute(h, "INSERT INTO access_control (entity_id, " + column + ", shared_to_everyone, everyone_level) "
                + "VALUES (?, ?, ?, ?)", entityId, entityId, c.sharedToEveryone(), c.everyoneLevel());
        int position = 0;
        for (Setting s : c.settings()) {
            Rows.execute(h, "INSERT INTO access_setting (entity_id, position, user_id, org_id, access_level) "
                    + "VALUES (?, ?, ?, ?, ?)", entityId, position++, s.userId(), s.orgId(), s.accessLevel());
        }
    }
}
