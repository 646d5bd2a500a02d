package io.vcdsim.network;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Kind;
import io.vcdsim.core.Lengths;
import io.vcdsim.core.ObjectRef;
import io.vcdsim.core.Principal;
import io.vcdsim.core.Right;
import io.vcdsim.provider.Associations;
import io.vcdsim.store.Database;
import io.vcdsim.store.EdgeGatewayRow;
import io.vcdsim.store.NetworkRow;
import io.vcdsim.store.NsxtServiceStore;
import io.vcdsim.store.OrgRow;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.Tx;
import io.vcdsim.store.VdcGroupStore;
import io.vcdsim.store.VdcRow;
import io.vcdsim.tasks.TaskEngine;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * VDC groups (cloudapi {@code vdcGroups}) as go-vcloud-director's vdc_group.go and terraform's vcd_vdc_group use
 * them: LOCAL groups of NSX-T org VDCs of one org that draw on one network pool (vCD's NSX-T groups are LOCAL only;
 * NSX-V groups need cross-VC NSX, which vcdsim does not simulate). Names are unique in the org. Seeing a group takes
 * the org's VDC view right, changing it the org's edit right, as org administrators manage their org's groups and
 * system administrators any. Everything is checked before anything is stored; a missing or foreign group is vCD's
 * 403. The group's distributed firewall is {@link VdcGroupFirewall}'s.
 */
public final class VdcGroups {
    static final int MAX_NAME = 128;
    static final int MAX_DESCRIPTION = 4096;
    /** vCD's limit on the VDCs of an NSX-T group. */
    static final int MAX_VDCS = 16;
    public static final String LOCAL = "LOCAL";
    /** vcdsim's operation names: the reference gives none for VDC groups. */
    public static final String CREATE = "vdcGroupCreate";
    public static final String UPDATE = "vdcGroupUpdate";
    public static final String DELETE = "vdcGroupDelete";
    private final Database db;
    private final TaskEngine engine;
    private final Clock clock;

    public VdcGroups(Database db, TaskEngine engine, Clock clock) {
        this.db = db;
        this.engine = engine;
        this.clock = clock;
        // a group exists from the request on (as vCD lists it while it is being saved); a failed creation removes it
        engine.register(CREATE, (tx, task) -> { }, (tx, task) -> store(tx).delete(task.ownerId()));
        engine.register(UPDATE, Change.class, (tx, task, c) -> {
            VdcGroupStore.Row now = store(tx).lock(task.ownerId()).orElseThrow(() -> gone(task.ownerId()));
            requireMembers(tx, now.orgId(), c.vdcIds(), now.networkPoolId());
            requireScopedKept(tx, now.id(), c.vdcIds());
            VdcGroupStore.Row next = now.with(c.name(), c.description(), c.vdcIds());
            requireFreeName(tx, next);
            store(tx).update(next);
        });
        engine.register(DELETE, Deletion.class, (tx, task, d) -> {
            // checked again under the group's lock, which a change of its firewall groups takes too
            VdcGroupStore.Row now = store(tx).lock(task.ownerId()).orElseThrow(() -> gone(task.ownerId()));
            if (d == null || !d.force()) {
                requireNoChildren(tx, now);
            }
            tx.store(NsxtServiceStore::new).groupsOfVdcGroup(now.id())
                    .forEach(g -> tx.store(NsxtServiceStore::new).deleteGroup(g.id()));
            store(tx).delete(now.id());
        });
    }

    /** How a deletion was asked for, kept with its task. */
    public record Deletion(boolean force) {
    }

    /** What an update changes, kept with its task. */
    public record Change(String name, String description, List<UUID> vdcIds) {
    }

    /**
     * What a client sends: name, description and VDCs, and the settings fixed at creation (null: not sent).
     * {@code orgId} null is the acting org.
     */
    public record Request(String name, String description, UUID orgId, List<UUID> vdcIds, String providerType,
                          String type, Boolean localEgress, Boolean universalNetworking, UUID networkPoolId) {
    }

    static VdcGroupStore store(Tx tx) {
        return tx.store(VdcGroupStore::new);
    }

    /** Stores the group and starts the task that makes it; the task's owner is the group. */
    public TaskRow create(Principal p, UUID actingOrg, Request r, TaskEngine.Caller by) {
        UUID orgId = r.orgId() != null ? r.orgId() : actingOrg;
        p.require(Right.ORG_EDIT, orgId);
        checkLabels(r);
        if (r.type() != null && !LOCAL.equals(r.type())) {
            throw ApiException.badRequest("type is LOCAL or UNIVERSAL, and NSX-T VDC groups are LOCAL; not '"
                    + r.type() + "'.");
        }
        if (r.providerType() != null && !VdcNetworking.NSX_T.equals(r.providerType())) {
            throw ApiException.badRequest("networkProviderType " + r.providerType() + " is not offered: vcdsim's VDC "
                    + "groups are NSX_T groups (NSX_V ones need cross-VC NSX).");
        }
        if (Boolean.TRUE.equals(r.localEgress()) || Boolean.TRUE.equals(r.universalNetworking())) {
            throw ApiException.badRequest("localEgress and universalNetworkingEnabled are for universal VDC groups; "
                    + "a LOCAL group has neither.");
        }
        return db.tx(tx -> {
            if (tx.orgs().find(orgId).filter(o -> !o.system()).isEmpty()) {
                throw ApiException.forbidden("No organization with id " + orgId + " is accessible.");
            }
            UUID pool = requireMembers(tx, orgId, r.vdcIds(), null);
            if (r.networkPoolId() != null && !r.networkPoolId().equals(pool)) {
                throw ApiException.badRequest("networkPoolId must be the pool the group's VDCs draw on, "
                        + Kind.NETWORK_POOL.urn(pool) + ".");
            }
            VdcGroupStore.Row row = new VdcGroupStore.Row(UUID.randomUUID(), orgId, r.name(), r.description(), pool,
                    VdcNetworking.NSX_T, LOCAL, new VdcGroupStore.Firewall(false, false, 0), clock.instant(),
                    List.copyOf(r.vdcIds()));
            requireFreeName(tx, row);
            store(tx).insert(row);
            return engine.start(tx, new TaskEngine.Spec(CREATE, "Creating VDC group " + row.name(), by, owner(row),
                    true, null));
        });
    }

    private static ObjectRef owner(VdcGroupStore.Row g) {
        return ObjectRef.of(Kind.VDC_GROUP, g.id(), g.name());
    }

    /** The group with this id, if the caller may see it; else 403. */
    public VdcGroupStore.Row get(Principal p, UUID id) {
        return p.require(Right.VDC_VIEW, db.read(tx -> store(tx).find(id)), VdcGroupStore.Row::orgId, "VDC group",
                id);
    }

    public List<VdcGroupStore.Row> found(List<UUID> ids) {
        return db.read(tx -> store(tx).found(ids));
    }

    /** A new name, description and VDCs (what vCD lets change); the VDCs must draw on the group's pool. */
    public TaskRow update(Principal p, UUID id, Request r, TaskEngine.Caller by) {
        p.require(Right.ORG_EDIT, get(p, id).orgId());
        checkLabels(r);
        Change change = new Change(r.name(), r.description(), List.copyOf(r.vdcIds()));
        return db.tx(tx -> {
            // checked now and again when the task runs
            VdcGroupStore.Row now = store(tx).lock(id).orElseThrow(() -> gone(id));
            requireMembers(tx, now.orgId(), change.vdcIds(), now.networkPoolId());
            requireScopedKept(tx, now.id(), change.vdcIds());
            requireFreeName(tx, now.with(change.name(), change.description(), change.vdcIds()));
            return engine.start(tx, new TaskEngine.Spec(UPDATE, "Updating VDC group " + now.name(), by, owner(now),
                    true, change));
        });
    }

    /**
     * Deletes the group. vCD refuses one that still owns networking objects unless {@code force}, which deletes them
     * with it (go-vcloud-director's ForceDelete, terraform's force_delete); of those, vcdsim's groups own firewall
     * groups, and NSX-T edge gateways and networks given to them, which a forced delete hands back to the VDCs they
     * are kept with (vcdsim deletes no network a VM may be on).
     */
    public TaskRow delete(Principal p, UUID id, boolean force, TaskEngine.Caller by) {
        VdcGroupStore.Row g = get(p, id);
        p.require(Right.ORG_EDIT, g.orgId());
        return db.tx(tx -> {
            VdcGroupStore.Row now = store(tx).lock(id).orElseThrow(() -> gone(id));
            if (!force) {
                requireNoChildren(tx, now);
            }
            return engine.start(tx, new TaskEngine.Spec(DELETE, "Deleting VDC group " + now.name(), by, owner(now),
                    true, new Deletion(force)));
        });
    }

    /**
     * A VDC whose edge gateway is in the group stays a member until the edge moves out; so does the VDC a group
     * network is kept with, and one whose VMs are on a group network.
     */
    private static void requireScopedKept(Tx tx, UUID groupId, List<UUID> vdcIds) {
        for (EdgeGatewayRow e : tx.edges().inVdcGroup(groupId)) {
            if (!vdcIds.contains(e.vdcId())) {
                throw ApiException.badRequest("Edge gateway " + e.name() + " is in the VDC group: its VDC stays a "
                        + "member until the edge moves back to it.");
            }
        }
        for (NetworkRow n : tx.networks().inVdcGroup(groupId)) {
            List<UUID> leaving = tx.networks().vdcsUsing(n).stream().filter(v -> !vdcIds.contains(v)).toList();
            List<String> users = NetworkService.nicUsers(tx, n, leaving);
            if (!vdcIds.contains(n.vdcId()) || !users.isEmpty()) {
                throw ApiException.badRequest("Network " + n.name() + " of the VDC group is kept with, or used by VMs "
                        + "of, a VDC that would leave it" + (users.isEmpty() ? "" : " (" + String.join(", ", users)
                        + ")") + ".");
            }
        }
    }

    private static void requireNoChildren(Tx tx, VdcGroupStore.Row g) {
        List<String> networks = tx.networks().inVdcGroup(g.id()).stream().map(NetworkRow::name).toList();
        if (!networks.isEmpty()) {
            throw ApiException.badRequest("VDC group " + g.name() + " cannot be deleted: it still has network(s) "
                    + String.join(", ", networks) + ". Delete them first, or delete the group with force=true.");
        }
        List<String> edges = tx.edges().inVdcGroup(g.id()).stream().map(EdgeGatewayRow::name).toList();
        if (!edges.isEmpty()) {
            throw ApiException.badRequest("VDC group " + g.name() + " cannot be deleted: it still has edge "
                    + "gateway(s) " + String.join(", ", edges) + ". Move them to a VDC first, or delete the group "
                    + "with force=true.");
        }
        List<String> names = tx.store(NsxtServiceStore::new).groupsOfVdcGroup(g.id()).stream()
                .map(NsxtServiceStore.Group::name).toList();
        if (!names.isEmpty()) {
            throw ApiException.badRequest("VDC group " + g.name() + " cannot be deleted: it still has firewall "
                    + "group(s) " + String.join(", ", names) + ". Delete them first, or delete the group with "
                    + "force=true.");
        }
    }

    /** The VDCs a group starting from {@code contextId} (a VDC's or a group's) may hold: the same org and pool. */
    public List<Candidate> candidates(Principal p, UUID contextId, boolean isGroup) {
        return db.read(tx -> {
            UUID orgId;
            UUID pool;
            if (isGroup) {
                VdcGroupStore.Row g = p.require(Right.VDC_VIEW, store(tx).find(contextId), VdcGroupStore.Row::orgId,
                        "VDC group", contextId);
                orgId = g.orgId();
                pool = g.networkPoolId();
            } else {
                VdcRow vdc = p.require(Right.VDC_VIEW, tx.resources().vdc(contextId), VdcRow::orgId, "VDC",
                        contextId);
                VdcNetworking n = VdcNetworking.of(tx, vdc);
                orgId = vdc.orgId();
                // an NSX-V VDC can start no group: vcdsim has no cross-VC NSX
                pool = VdcNetworking.NSX_T.equals(n.providerType()) ? n.poolId() : null;
            }
            UUID site = Associations.siteId(tx, clock);
            String orgName = tx.orgs().find(orgId).map(OrgRow::name).orElse(null);
            List<Candidate> all = new ArrayList<>();
            for (VdcRow vdc : tx.resources().vdcs(orgId)) {
                VdcNetworking n = VdcNetworking.of(tx, vdc);
                if (pool != null && pool.equals(n.poolId())) {
                    all.add(new Candidate(n, orgName, site));
                }
            }
            all.sort(Comparator.comparing(c -> c.networking().vdc().name()));
            return all;
        });
    }

    /** A VDC that may take part in a group, with what the group's participatingOrgVdcs show of it. */
    public record Candidate(VdcNetworking networking, String orgName, UUID siteId) {
    }

    /** The group's members as candidates: what its participatingOrgVdcs show. */
    public List<Candidate> members(VdcGroupStore.Row g) {
        return db.read(tx -> {
            UUID site = Associations.siteId(tx, clock);
            String orgName = tx.orgs().find(g.orgId()).map(OrgRow::name).orElse(null);
            return g.members().stream().map(id -> tx.resources().vdc(id)).flatMap(Optional::stream)
                    .map(vdc -> new Candidate(VdcNetworking.of(tx, vdc), orgName, site)).toList();
        });
    }

    /** NSX_T or NSX_V: what backs this VDC's networks (its {@code networkProvider} capability). */
    public String networkProvider(VdcRow vdc) {
        return db.read(tx -> VdcNetworking.of(tx, vdc).providerType());
    }

    private static void checkLabels(Request r) {
        Lengths.name(r.name(), MAX_NAME, "VDC group");
        Lengths.atMost(r.description(), MAX_DESCRIPTION, "description");
        if (r.vdcIds() == null || r.vdcIds().isEmpty() || r.vdcIds().size() > MAX_VDCS) {
            throw ApiException.badRequest("A VDC group needs 1 to " + MAX_VDCS + " participatingOrgVdcs.");
        }
        if (r.vdcIds().contains(null)) {
            throw ApiException.badRequest("Each participatingOrgVdcs entry needs the vdcRef id of a VDC.");
        }
        if (new LinkedHashSet<>(r.vdcIds()).size() != r.vdcIds().size()) {
            throw ApiException.badRequest("A VDC takes part in a group once.");
        }
    }

    /**
     * The pool the VDCs share: each must be an NSX-T VDC of the org, all on one pool ({@code pool} when the group has
     * one already).
     */
    private static UUID requireMembers(Tx tx, UUID orgId, List<UUID> vdcIds, UUID pool) {
        UUID shared = pool;
        for (UUID id : vdcIds) {
            VdcRow vdc = tx.resources().vdc(id).filter(v -> v.orgId().equals(orgId)).orElseThrow(() ->
                    ApiException.invalidReference("No VDC " + Kind.VDC.urn(id) + " of the group's organization "
                            + "exists."));
            VdcNetworking n = VdcNetworking.of(tx, vdc);
            if (!VdcNetworking.NSX_T.equals(n.providerType())) {
                throw ApiException.badRequest("VDC " + vdc.name() + " is not backed by NSX-T: only NSX-T VDCs can "
                        + "take part in an NSX_T VDC group.");
            }
            if (shared != null && !shared.equals(n.poolId())) {
                throw ApiException.badRequest("VDC " + vdc.name() + " draws on another network pool than the "
                        + "group's VDCs: a group's VDCs share one transport zone.");
            }
            shared = n.poolId();
        }
        return Objects.requireNonNull(shared);
    }

    private static void requireFreeName(Tx tx, VdcGroupStore.Row row) {
        if (store(tx).nameTaken(row.orgId(), row.name(), row.id())) {
            throw ApiException.duplicateName("A VDC group named " + row.name() + " exists already in this "
                    + "organization.");
        }
    }

    static ApiException gone(UUID id) {
        return ApiException.forbidden("No VDC group " + Kind.VDC_GROUP.urn(id) + " is accessible.");
    }
}
