package io.vcdsim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.List;
import java.util.UUID;

/** The rules of VDC groups' distributed firewalls. */
public final class DfwRuleStore {
    /** A rule as stored: its place in its group's list, and a version that counts its changes. */
    public record Row(UUID id, UUID groupId, int position, String name, int version, String body) {
    }

    private static final RowMapper<Row> ROW = (rs, ctx) -> new Row(Rows.uuid(rs, "id"), Rows.uuid(rs, "group_id"),
            rs.getInt("position"), rs.getString("name"), rs.getInt("version"), rs.getString("body"));
    private final Handle h;

    public DfwRuleStore(Handle h) {
        this.h = h;
    }

    public List<Row> rules(UUID groupId) {
        return h.createQuery("SELECT * FROM vdc_group_dfw_rule WHERE group_id = :g ORDER BY position, id")
                .bind("g", groupId).map(ROW).list();
    }

    /** The group's rules become these. */
    public void replace(UUID groupId, List<Row> rows) {
        Rows.execute(h, "DELETE FROM vdc_group_dfw_rule WHERE group_id = ?", groupId);
        for (Row r : rows) {
            Rows.execute(h, "INSERT INTO vdc_group_dfw_rule (id, group_id, position, name, version, body) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", r.id(), groupId, r.position(), r.name(), r.version(), r.body());
        }
    }

    /** The names of the distributed firewall rules whose body names this object (a firewall group, a profile). */
    public List<String> rulesNaming(UUID objectId) {
        return h.createQuery("SELECT name FROM vdc_group_dfw_rule WHERE body LIKE :id ORDER BY name")
                .bind("id", "%" + objectId + "%").mapTo(String.class).list();
    }
}
