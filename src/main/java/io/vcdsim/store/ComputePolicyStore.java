package io.vcdsim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** VDC compute policies: a name and the settings as sent (JSON); {@code tx.store(ComputePolicyStore::new)}. */
public final class ComputePolicyStore {
    /** A policy as stored; {@code definition} is the JSON object of its settings. */
    public record Row(UUID id, String name, String description, String policyType, String definition,
                      boolean predefined, Instant created) {
    }

    private static final RowMapper<Row> MAPPER = (rs, ctx) -> new Row(Rows.uuid(rs, "id"), rs.getString("name"),
            rs.getString("description"), rs.getString("policy_type"), rs.getString("definition"),
            rs.getBoolean("predefined"), Rows.instant(rs, "created"));
    private final Handle h;

    public ComputePolicyStore(Handle h) {
        this.h = h;
    }

    public Optional<Row> find(UUID id) {
        return h.createQuery("SELECT * FROM vdc_compute_policy WHERE id = :id").bind("id", id).map(MAPPER).findOne();
    }

    public List<Row> found(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Row> rows = h.createQuery("SELECT * FROM vdc_compute_policy WHERE id IN (<ids>)").bindList("ids", ids)
                .map(MAPPER).list();
        return ids.stream().flatMap(id -> rows.stream().filter(r -> r.id().equals(id))).toList();
    }

    public boolean nameTaken(String name, UUID except) {
        return h.createQuery("SELECT COUNT(*) FROM vdc_compute_policy WHERE name_key = :k AND id <> :id")
                .bind("k", name.toLowerCase(Locale.ROOT)).bind("id", except).mapTo(Integer.class).one() > 0;
    }

    /** Writes the policy, replacing what was stored under its id. */
    public void save(Row r) {
        if (Rows.execute(h, "UPDATE vdc_compute_policy SET name = ?, name_key = ?, description = ?, policy_type = ?, "
                        + "definition = ? WHERE id = ?", r.name(), r.name().toLowerCase(Locale.ROOT), r.description(),
                r.policyType(), r.definition(), r.id()) == 0) {
            Rows.execute(h, "INSERT INTO vdc_compute_policy (id, name, name_key, description, policy_type, definition, "
                            + "predefined, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", r.id(), r.name(),
                    r.name().toLowerCase(Locale.ROOT), r.description(), r.policyType(), r.definition(), r.predefined(),
                    r.created());
        }
    }

    /** The policies assigned to a VDC, as stored (none: the VDC has only the System Default). */
    public List<UUID> assigned(UUID vdcId) {
        return h.createQuery("SELECT policy_id FROM vdc_compute_policy_assignment WHERE vdc_id = :v ORDER BY position")
                .bind("v", vdcId).mapTo(UUID.class).list();
    }

    /** Replaces the policies assigned to a VDC, and its default. */
    public void assign(UUID vdcId, List<UUID> policies, UUID defaultPolicy) {
        Rows.execute(h, "DELETE FROM vdc_compute_policy_assignment WHERE vdc_id = ?", vdcId);
        for (int i = 0; i < policies.size(); i++) {
            Rows.execute(h, "INSERT INTO vdc_compute_policy_assignment (vdc_id, policy_id, position) VALUES (?, ?, ?)",
                    vdcId, policies.get(i), i);
        }
        Rows.execute(h, "UPDATE vdc SET default_compute_policy_id = ? WHERE id = ?", defaultPolicy, vdcId);
    }

    /** The VDC's default policy as stored; empty: the System Default. */
    public Optional<UUID> defaultOf(UUID vdcId) {
        return h.createQuery("SELECT default_compute_policy_id FROM vdc WHERE id = :v AND default_compute_policy_id "
                + "IS NOT NULL").bind("v", vdcId).mapTo(UUID.class).findOne();
    }

    /** Whether any VDC has the policy assigned or as its default. */
    public boolean inUse(UUID policyId) {
        return h.createQuery("SELECT COUNT(*) FROM vdc_compute_policy_assignment WHERE policy_id = :p")
                .bind("p", policyId).mapTo(Integer.class).one() > 0
                || h.createQuery("SELECT COUNT(*) FROM vdc WHERE default_compute_policy_id = :p").bind("p", policyId)
                .mapTo(Integer.class).one() > 0;
    }

    /** A VM's policies: its sizing policy and its placement policy, each null when it has none. */
    public record VmPolicies(UUID sizing, UUID placement) {
        public static final VmPolicies NONE = new VmPolicies(null, null);
    }

    public VmPolicies ofVm(UUID vmId) {
        return h.createQuery("SELECT sizing_policy_id, placement_policy_id FROM vm_compute_policy WHERE vm_id = :v")
                .bind("v", vmId).map((rs, ctx) -> new VmPolicies(Rows.uuid(rs, "sizing_policy_id"),
                        Rows.uuid(rs, "placement_policy_id"))).findOne().orElse(VmPolicies.NONE);
    }

    public void setForVm(UUID vmId, VmPolicies p) {
        Rows.execute(h, "DELETE FROM vm_compute_policy WHERE vm_id = ?", vmId);
        if (p.sizing() != null || p.placement() != null) {
            Rows.execute(h, "INSERT INTO vm_compute_policy (vm_id, sizing_policy_id, placement_policy_id) VALUES "
                    + "(?, ?, ?)", vmId, p.sizing(), p.placement());
        }
    }

    /** Whether a VM has the policy. */
    public boolean usedByVms(UUID policyId) {
        return h.createQuery("SELECT COUNT(*) FROM vm_compute_policy WHERE sizing_policy_id = :p OR "
                + "placement_policy_id = :p").bind("p", policyId).mapTo(Integer.class).one() > 0;
    }

    public void delete(UUID id) {
        Rows.execute(h, "DELETE FROM vdc_compute_policy WHERE id = ?", id);
    }
}
