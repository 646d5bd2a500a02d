package io.vcdsim.compute;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.Kind;
import io.vcdsim.core.Lengths;
import io.vcdsim.core.Principal;
import io.vcdsim.store.ComputePolicyStore;
import io.vcdsim.store.Database;
import io.vcdsim.store.Tx;
import io.vcdsim.store.VmRow;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * VDC compute policies as the cloudapi's {@code vdcComputePolicies} (1.0.0 and 2.0.0) make them: a unique name and
 * the VM sizing and placement settings, kept as sent and given back (the logical VM groups a placement policy names
 * checked, see {@link LogicalPlacement}). A VM given a sizing policy takes its CPUs, cores per socket and
 * memory. System administrators make, change and delete them; the seeded "System Default" is not deleted, nor a
 * policy a VDC or a VM has.
 */
public final class ComputePolicies {
    /** The settings that are counts, megabytes or MHz: whole numbers, 0 or more. */
    static final Set<String> AMOUNTS = Set.of("cpuSpeed", "memory", "cpuCount", "coresPerSocket", "cpuLimit",
            "memoryLimit", "cpuShares", "memoryShares");
    /** The settings that are shares of a reservation: from 0 to 1. */
    static final Set<String> FRACTIONS = Set.of("memoryReservationGuarantee", "cpuReservationGuarantee");
    static final Set<String> TYPES = Set.of("VdcVmPolicy", "VdcKubernetesPolicy");
    static final int MAX_DEFINITION = 65536;
    /** The seeded policy every VDC has (V35). */
    public static final UUID SYSTEM_DEFAULT = ComputePolicyStore.SYSTEM_DEFAULT;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Database db;
    private final Clock clock;

    public ComputePolicies(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    private static ComputePolicyStore store(Tx tx) {
        return tx.store(ComputePolicyStore::new);
    }

    /**
     * The policy with this id, for a system administrator; 403 when there is none, as vCD's cloudapi answers for a
     * missing entity (go-vcloud-director reads that 403 as not found).
     */
    public ComputePolicyStore.Row get(Principal p, UUID id) {
        p.requireSystemAdmin();
        return db.read(tx -> store(tx).find(id)).orElseThrow(() -> ApiException.forbidden(
                "No VDC compute policy with id " + Kind.VDC_COMPUTE_POLICY.urn(id) + " is accessible."));
    }

    public List<ComputePolicyStore.Row> found(List<UUID> ids) {
        return db.read(tx -> store(tx).found(ids));
    }

    /** A new policy from the body a client POSTs. */
    public ComputePolicyStore.Row create(Principal p, Map<String, Object> body) {
        p.requireSystemAdmin();
        ComputePolicyStore.Row row = row(UUID.randomUUID(), body, false);
        return db.tx(tx -> {
            requireFreeName(tx, row);
            return LogicalPlacement.save(tx, row);
        });
    }

    /** The policy as the body a client PUTs has it (the seeded one keeps its name). */
    public ComputePolicyStore.Row update(Principal p, UUID id, Map<String, Object> body) {
        ComputePolicyStore.Row now = get(p, id);
        ComputePolicyStore.Row row = row(id, body, now.predefined());
        if (now.predefined() && !row.name().equals(now.name())) {
            throw ApiException.badRequest("The " + now.name() + " policy keeps its name.");
        }
        return db.tx(tx -> {
            requireFreeName(tx, row);
            return LogicalPlacement.save(tx, new ComputePolicyStore.Row(id, row.name(), row.description(),
                    row.policyType(), row.definition(), now.predefined(), now.created()));
        });
    }

    public void delete(Principal p, UUID id) {
        ComputePolicyStore.Row now = get(p, id);
        if (now.predefined()) {
            throw ApiException.badRequest("The " + now.name() + " policy cannot be deleted.");
        }
        db.run(tx -> {
            if (store(tx).inUse(id)) {
                throw ApiException.badRequest("Policy " + now.name() + " is assigned to a VDC: unassign it first.");
            }
            if (store(tx).usedByVms(id)) {
                throw ApiException.badRequest("Policy " + now.name() + " is a VM's compute policy: change the VM's "
                        + "first.");
            }
            store(tx).delete(id);
        });
    }

    /** What a VDC has: its assigned policies (the System Default when none were assigned) and its default. */
    public record Assignment(List<ComputePolicyStore.Row> policies, ComputePolicyStore.Row defaultPolicy) {
    }

    public static Assignment assignment(Tx tx, UUID vdcId) {
        List<UUID> ids = store(tx).assigned(vdcId);
        List<ComputePolicyStore.Row> rows = store(tx).found(ids.isEmpty() ? List.of(SYSTEM_DEFAULT) : ids);
        UUID def = store(tx).defaultOf(vdcId).orElse(SYSTEM_DEFAULT);
        return new Assignment(rows, store(tx).find(def).orElseThrow());
    }

    /**
     * PUT VdcComputePolicyReferences (go-vcloud-director's SetAssignedComputePolicies): the VDC's policies become
     * these, each an existing policy, its default among them. System administrators only.
     */
    public Assignment assign(Principal p, UUID vdcId, List<UUID> policies) {
        p.requireSystemAdmin();
        if (policies.isEmpty() || policies.size() > 1000) {
            throw ApiException.badRequest("A VDC has 1 to 1000 compute policies.");
        }
        return db.tx(tx -> {
            for (UUID id : policies) {
                if (store(tx).find(id).isEmpty()) {
                    throw ApiException.invalidReference("No VDC compute policy " + Kind.VDC_COMPUTE_POLICY.urn(id)
                            + ".");
                }
            }
            UUID def = store(tx).defaultOf(vdcId).orElse(SYSTEM_DEFAULT);
            if (!policies.contains(def)) {
                throw ApiException.badRequest("The VDC's default compute policy " + Kind.VDC_COMPUTE_POLICY.urn(def)
                        + " stays assigned to it.");
            }
            store(tx).assign(vdcId, List.copyOf(new LinkedHashSet<>(policies)),
                    def.equals(SYSTEM_DEFAULT) ? null : def);
            return assignment(tx, vdcId);
        });
    }

    /**
     * The policies a VM is given (API 33.0+ {@code ComputePolicy}), checked against its VDC: each an existing
     * policy assigned to the VDC (the System Default when none is), the sizing one without VM groups, the placement
     * one with them. 400 otherwise, before anything starts.
     */
    public static void requireForVm(Tx tx, UUID vdcId, ComputePolicyStore.VmPolicies p) {
        Set<UUID> assigned = new java.util.HashSet<>();
        assignment(tx, vdcId).policies().forEach(r -> assigned.add(r.id()));
        for (UUID id : java.util.Arrays.asList(p.sizing(), p.placement())) {
            if (id == null) {
                continue;
            }
            ComputePolicyStore.Row row = store(tx).find(id).orElseThrow(() -> ApiException.invalidReference(
                    "No VDC compute policy " + Kind.VDC_COMPUTE_POLICY.urn(id) + "."));
            if (!assigned.contains(id)) {
                throw ApiException.badRequest("VDC compute policy " + row.name() + " is not assigned to the VM's VDC.");
            }
            boolean places = places(row);
            if (id.equals(p.sizing()) && places && !id.equals(p.placement())) {
                throw ApiException.badRequest("VDC compute policy " + row.name() + " places VMs (it has VM groups): "
                        + "give it as the VmPlacementPolicy.");
            }
            if (id.equals(p.placement()) && !places) {
                throw ApiException.badRequest("VDC compute policy " + row.name() + " has no VM groups to place a VM "
                        + "in: give it as the VmSizingPolicy.");
            }
        }
    }

    /** What a sizing policy sets on a VM: its CPUs, cores per socket and memory; null leaves each as it is. */
    public record Sizing(Integer cpus, Integer coresPerSocket, Long memoryMb) {
        public static final Sizing NONE = new Sizing(null, null, null);
    }

    public static Sizing sizing(Tx tx, UUID policyId) {
        if (policyId == null) {
            return Sizing.NONE;
        }
        return store(tx).find(policyId).map(r -> {
            Map<String, Object> d = settings(r);
            return new Sizing(amount(d, "cpuCount"), amount(d, "coresPerSocket"),
                    amount(d, "memory") == null ? null : amount(d, "memory").longValue());
        }).orElse(Sizing.NONE);
    }

    /** A new VM as its sizing policy sizes it (CPUs and memory); its policies stored with it. */
    static VmRow sized(Tx tx, VmRow vm, ComputePolicyStore.VmPolicies p) {
        if (p == null) {
            return vm;
        }
        Sizing size = sizing(tx, p.sizing());
        return vm.withSize(size.cpus() != null ? size.cpus() : vm.cpus(),
                size.memoryMb() != null ? size.memoryMb() : vm.memoryMb());
    }

    static void keep(Tx tx, UUID vmId, ComputePolicyStore.VmPolicies p) {
        if (p != null) {
            store(tx).setForVm(vmId, p);
        }
    }

    /** A policy places VMs when it names VM groups (a placement policy); otherwise it sizes them. */
    private static boolean places(ComputePolicyStore.Row r) {
        Map<String, Object> d = settings(r);
        return List.of("pvdcNamedVmGroupsMap", "namedVmGroups", "pvdcLogicalVmGroupsMap", "logicalVmGroupReferences")
                .stream().anyMatch(k -> d.get(k) instanceof java.util.Collection<?> c && !c.isEmpty());
    }

    private static Integer amount(Map<String, Object> d, String key) {
        return d.get(key) instanceof Integer i && i > 0 ? i : null;
    }

    /** A policy's settings as they were sent (its stored JSON object, which this class wrote). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> settings(ComputePolicyStore.Row r) {
        try {
            return r.definition() == null ? Map.of() : JSON.readValue(r.definition(), Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored compute policy settings: " + e.getMessage(), e);
        }
    }

    private static void requireFreeName(Tx tx, ComputePolicyStore.Row row) {
        if (store(tx).nameTaken(row.name(), row.id())) {
            throw ApiException.duplicateName("A VDC compute policy named " + row.name() + " exists already.");
        }
    }

    /** The body checked: a name, a known type, amounts and fractions in range, and not too much of it. */
    private ComputePolicyStore.Row row(UUID id, Map<String, Object> body, boolean predefined) {
        Object name = body.get("name");
        if (!(name instanceof String n) || n.isBlank() || n.length() > 128) {
            throw ApiException.badRequest("A VDC compute policy needs a name of 1 to 128 characters.");
        }
        Object description = body.get("description");
        if (description != null && !(description instanceof String)) {
            throw ApiException.badRequest("A VDC compute policy's description is text.");
        }
        Lengths.atMost((String) description, 4096, "description");
        Object type = body.getOrDefault("policyType", "VdcVmPolicy");
        if (!TYPES.contains(type)) {
            throw ApiException.badRequest("policyType is VdcVmPolicy or VdcKubernetesPolicy, not '" + type + "'.");
        }
        Map<String, Object> definition = new LinkedHashMap<>(body);
        for (String identity : List.of("id", "name", "description", "policyType")) {
            definition.remove(identity);
        }
        for (String amount : AMOUNTS) {
            Object v = definition.get(amount);
            if (v != null && !(v instanceof Integer i && i >= 0)) {
                throw ApiException.badRequest(amount + " is a whole number, 0 or more, not " + v + ".");
            }
        }
        for (String fraction : FRACTIONS) {
            Object v = definition.get(fraction);
            if (v != null && !(v instanceof Number f && f.doubleValue() >= 0 && f.doubleValue() <= 1)) {
                throw ApiException.badRequest(fraction + " is from 0 to 1, not " + v + ".");
            }
        }
        String json = write(definition);
        if (json.length() > MAX_DEFINITION) {
            throw ApiException.badRequest("A VDC compute policy has at most " + MAX_DEFINITION + " characters of "
                    + "settings.");
        }
        return new ComputePolicyStore.Row(id, ((String) name).trim(), (String) description, (String) type, json,
                predefined, clock.instant());
    }

    static String write(Map<String, Object> definition) {
        try {
            return JSON.writeValueAsString(definition);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
