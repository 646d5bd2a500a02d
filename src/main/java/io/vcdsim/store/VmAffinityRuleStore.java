package io.vcdsim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** VM affinity rules and the VMs each names; {@code tx.store(VmAffinityRuleStore::new)}. */
public final class VmAffinityRuleStore {
    /** A rule as stored, its VMs apart. */
    public record Row(UUID id, UUID orgId, UUID vdcId, String name, String polarity, boolean enabled,
                      boolean mandatory) {
    }

    private static final RowMapper<Row> MAPPER = (rs, ctx) -> new Row(Rows.uuid(rs, "id"), Rows.uuid(rs, "org_id"),
            Rows.uuid(rs, "vdc_id"), rs.getString("name"), rs.getString("polarity"), rs.getBoolean("enabled"),
            rs.getBoolean("mandatory"));
    private final Handle h;

    public VmAffinityRuleStore(Handle h) {
        this.h = h;
    }

    public Optional<Row> find(UUID id) {
        return h.createQuery("SELECT * FROM vm_affinity_rule WHERE id = :id").bind("id", id).map(MAPPER).findOne();
    }

    /** The rule, locked until the transaction ends: changes to one rule queue. */
    public Optional<Row> lock(UUID id) {
        return h.createQuery("SELECT * FROM vm_affinity_rule WHERE id = :id FOR UPDATE").bind("id", id).map(MAPPER)
                .findOne();
    }

    public List<Row> inVdc(UUID vdcId) {
        return h.createQuery("SELECT * FROM vm_affinity_rule WHERE vdc_id = :vdc ORDER BY name, id")
                .bind("vdc", vdcId).map(MAPPER).list();
    }

    /** The VMs a rule names, in the order they were given. */
    public List<UUID> vms(UUID ruleId) {
        return h.createQuery("SELECT vm_id FROM vm_affinity_rule_vm WHERE rule_id = :id ORDER BY position")
                .bind("id", ruleId).mapTo(UUID.class).list();
    }

    /** The other rules of this polarity that name one of these VMs. */
    public List<Row> namingAny(String polarity, List<UUID> vms, UUID except) {
        if (vms.isEmpty()) {
            return List.of();
        }
        return h.createQuery("SELECT DISTINCT r.* FROM vm_affinity_rule r JOIN vm_affinity_rule_vm v ON v.rule_id = r.id "
                        + "WHERE r.polarity = :polarity AND v.vm_id IN (<vms>) AND r.id <> :except ORDER BY r.name")
                .bind("polarity", polarity).bindList("vms", vms).bind("except", except).map(MAPPER).list();
    }

    /** Writes the rule and its VMs, replacing what was stored under its id. */
    public void save(Row r, List<UUID> vms) {
        Rows.execute(h, "DELETE FROM vm_affinity_rule_vm WHERE rule_id = ?", r.id());
        if (Rows.execute(h, "UPDATE vm_affinity_rule SET name = ?, polarity = ?, enabled = ?, mandatory = ? WHERE id = ?",
                r.name(), r.polarity(), r.enabled(), r.mandatory(), r.id()) == 0) {
            Rows.execute(h, "INSERT INTO vm_affinity_rule (id, org_id, vdc_id, name, polarity, enabled, mandatory) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)", r.id(), r.orgId(), r.vdcId(), r.name(), r.polarity(), r.enabled(),
                    r.mandatory());
        }
        for (int i = 0; i < vms.size(); i++) {
            Rows.execute(h, "INSERT INTO vm_affinity_rule_vm (rule_id, vm_id, position) VALUES (?, ?, ?)", r.id(),
                    vms.get(i), i);
        }
    }

    public void delete(UUID id) {
        Rows.execute(h, "DELETE FROM vm_affinity_rule WHERE id = ?", id);
    }
}
