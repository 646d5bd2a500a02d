package io.vcdsim.network;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Kind;
import io.vcdsim.core.ObjectRef;
import io.vcdsim.core.Principal;
import io.vcdsim.core.Right;
import io.vcdsim.store.Database;
import io.vcdsim.store.DfwRuleStore;
import io.vcdsim.store.EdgeGatewayRow;
import io.vcdsim.store.NetworkRow;
import io.vcdsim.store.NsxtServiceStore;
import io.vcdsim.store.SecurityTagStore;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.Tx;
import io.vcdsim.store.VdcGroupStore;
import io.vcdsim.tasks.TaskEngine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * NSX-T firewall groups, as go-vcloud-director's nsxt_firewall_group.go uses them: IP sets (IPv4 and IPv6 addresses,
 * CIDR blocks and ranges) and static security groups, owned by an NSX-T edge gateway (its routed org VDC networks are
 * a security group's members) or by an NSX-T VDC group (its groups are the group's distributed firewall's; vcdsim's
 * org VDC networks belong to VDCs, so a VDC group's security groups have no members). A name is unique among the
 * owner's groups of one type. Each change is checked whole when asked and answered by a task whose owner is the group
 * (go-vcloud-director reads the created group by the task's owner); the task's work locks the owner, checks the change
 * again and stores it, so a change a blocking task's approver rejects, or a failed task, leaves nothing behind. A
 * group a firewall rule names, or whose addresses are a load balancer pool's members, cannot be deleted.
 */
public final class FirewallGroups {
    public static final String CREATE = "nsxtFirewallGroupCreate";
    public static final String UPDATE = "nsxtFirewallGroupUpdate";
    public static final String DELETE = "nsxtFirewallGroupDelete";
    public static final String IP_SET = "IP_SET";
    public static final String SECURITY_GROUP = "SECURITY_GROUP";
    /** A dynamic security group: the VMs its vmCriteria match. */
    public static final String VM_CRITERIA = "VM_CRITERIA";
    static final int MAX_ADDRESSES = 1024;
    static final int MAX_MEMBERS = 512;

    private final Database db;
    private final TaskEngine engine;
    private final NsxtEdges edges;
    private final VdcGroups vdcGroups;

    /** Whose a group is: an NSX-T edge gateway or a VDC group, exactly one of the two. */
    public record Owner(UUID edgeId, UUID vdcGroupId) {
        public static Owner edge(UUID id) {
            return new Owner(id, null);
        }

        public static Owner vdcGroup(UUID id) {
            return new Owner(null, id);
        }

        static Owner of(NsxtServiceStore.Group row) {
            return new Owner(row.edgeId(), row.vdcGroupId());
        }
    }

    /**
     * What a client asks for; type is IP_SET, SECURITY_GROUP or VM_CRITERIA (a dynamic security group); owner null
     * when the body names none.
     */
    public record Spec(String name, String description, String type, Owner owner, List<String> ipAddresses,
                       List<UUID> members, List<VmCriteria.Criterion> vmCriteria) {
    }

    /**
     * A group as read: its row, its owner (an edge, or else a VDC group), description, addresses and member networks
     * (with names).
     */
    public record Group(NsxtServiceStore.Group row, EdgeGatewayRow edge, VdcGroupStore.Row vdcGroup,
                        String description, List<String> ipAddresses, List<NetworkRow> members,
                        List<VmCriteria.Criterion> vmCriteria) {
    }

    /** What a group's body keeps besides its columns. */
    public record Body(String description, List<String> ipAddresses, List<VmCriteria.Criterion> vmCriteria) {
    }

    /**
     * A change as its task carries it: the group's columns (its owner an edge or a VDC group), body and members (for a
     * deletion, its id and owner only).
     */
    record Change(UUID groupId, UUID orgId, UUID edgeId, UUID vdcGroupId, String name, String type, String body,
                  List<UUID> members) {
        Owner owner() {
            return new Owner(edgeId, vdcGroupId);
        }
    }

    public FirewallGroups(Database db, TaskEngine engine, NsxtEdges edges, VdcGroups vdcGroups) {
        this.db = db;
        this.engine = engine;
        this.edges = edges;
        this.vdcGroups = vdcGroups;
        engine.register(CREATE, Change.class, (tx, task, c) -> store(tx).insertGroup(new NsxtServiceStore.Group(
                c.groupId(), c.orgId(), c.edgeId(), c.vdcGroupId(), c.name(), c.type(), c.body(), engine.now()),
                checked(tx, c, null)));
        engine.register(UPDATE, Change.class, (tx, task, c) -> {
            List<UUID> members = checked(tx, c, c.groupId());
            NsxtServiceStore.Group row = store(tx).lockGroup(c.groupId()).orElseThrow(() -> gone(c.groupId()));
            store(tx).updateGroup(new NsxtServiceStore.Group(row.id(), row.orgId(), row.edgeId(), row.vdcGroupId(),
                    c.name(), row.type(), c.body(), row.created()), members);
        });
        engine.register(DELETE, Change.class, (tx, task, c) -> {
            // the owner's lock first, as a change of an edge's firewall rules and a VDC group's deletion take it: no
            // rule comes to name the group meanwhile, and the two locks are always taken in this order
            OwnerLock.of(tx, c.owner());
            NsxtServiceStore.Group row = store(tx).lockGroup(c.groupId()).orElseThrow(() -> gone(c.groupId()));
            notInUse(tx, row);
            store(tx).deleteGroup(row.id());
        });
    }

    /** The group, if the caller may see its org's networks; else (or when there is none) 403. */
    public Group get(Principal p, UUID id) {
        NsxtServiceStore.Group row = p.require(Right.NETWORK_VIEW, db.read(tx -> store(tx).group(id)),
                NsxtServiceStore.Group::orgId, "firewall group", id);
        return db.read(tx -> view(tx, row));
    }

    /** Every group of the org (every org's for null) the caller may see. */
    public List<Group> list(Principal p, UUID orgScope) {
        if (orgScope != null) {
            p.require(Right.NETWORK_VIEW, orgScope);
        }
        return db.read(tx -> store(tx).groups(orgScope).stream().filter(g -> visible(p, g))
                .map(g -> view(tx, g)).toList());
    }

    /** The VMs on a security group's networks, or those of its owner's VDCs a dynamic group's criteria match. */
    public List<NsxtServiceStore.MemberVm> associatedVms(Principal p, UUID id) {
        Group g = get(p, id);
        if (VM_CRITERIA.equals(g.row().type())) {
            List<UUID> vdcs = g.edge() != null ? List.of(g.edge().vdcId()) : g.vdcGroup().members();
            return db.read(tx -> store(tx).vmsIn(vdcs).stream()
                    .filter(c -> VmCriteria.matches(g.vmCriteria(), c.vm().vmName(), c.osType(),
                            tx.store(SecurityTagStore::new).tagsOf(c.vm().vmId())))
                    .map(NsxtServiceStore.CandidateVm::vm).toList());
        }
        if (!SECURITY_GROUP.equals(g.row().type())) {
            throw ApiException.badRequest("Only a security group has associated VMs; " + g.row().name() + " is an "
                    + g.row().type() + ".");
        }
        return db.read(tx -> store(tx).vmsOn(g.row().orgId(), g.members().stream().map(NetworkRow::name).toList()));
    }

    public TaskRow create(Principal p, Spec s, TaskEngine.Caller by) {
        Owner owner = s.owner();
        if (owner == null) {
            throw ApiException.badRequest("A firewall group needs ownerRef: the NSX-T edge gateway or VDC group it "
                    + "belongs to.");
        }
        UUID orgId;
        if (owner.vdcGroupId() != null) {
            // seeing the group takes the org's VDC view right; its firewall groups are changed with the org's edit one
            orgId = vdcGroups.get(p, owner.vdcGroupId()).orgId();
            p.require(Right.ORG_EDIT, orgId);
        } else {
            orgId = edges.edge(p, owner.edgeId(), Right.ORG_EDIT).orgId();
        }
        Checked c = checked(s);
        Change change = new Change(UUID.randomUUID(), orgId, owner.edgeId(), owner.vdcGroupId(), c.name(), c.type(),
                NsxtEdges.write(new Body(c.description(), c.ipAddresses(), c.vmCriteria())), c.members());
        return db.tx(tx -> {
            checked(tx, change, null);
            return engine.start(tx, new TaskEngine.Spec(CREATE, "Creating firewall group " + c.name(), by,
                    ObjectRef.of(Kind.FIREWALL_GROUP, change.groupId(), c.name()), false, change));
        });
    }

    /** A new name, description, addresses or members; the type and owner stay. */
    public TaskRow update(Principal p, UUID id, Spec s, TaskEngine.Caller by) {
        Group now = get(p, id);
        p.require(Right.ORG_EDIT, now.row().orgId());
        Checked c = checked(s);
        if (!c.type().equals(now.row().type())) {
            throw ApiException.badRequest("Firewall group " + now.row().name() + " is an " + now.row().type()
                    + ": its type cannot change.");
        }
        if (s.owner() != null && !s.owner().equals(Owner.of(now.row()))) {
            throw ApiException.badRequest("Firewall group " + now.row().name() + " stays with its "
                    + (now.edge() != null ? "edge gateway " + now.edge().name() : "VDC group " + now.vdcGroup().name())
                    + ": ownerRef cannot change.");
        }
        Change change = new Change(id, now.row().orgId(), now.row().edgeId(), now.row().vdcGroupId(), c.name(),
                now.row().type(),
                NsxtEdges.write(new Body(c.description(), c.ipAddresses(), c.vmCriteria())), c.members());
        return db.tx(tx -> {
            checked(tx, change, id);
            return engine.start(tx, new TaskEngine.Spec(UPDATE, "Updating firewall group " + c.name(), by,
                    ObjectRef.of(Kind.FIREWALL_GROUP, id, c.name()), false, change));
        });
    }

    /** Refused while a firewall rule names the group, as vCD refuses it. */
    public TaskRow delete(Principal p, UUID id, TaskEngine.Caller by) {
        Group now = get(p, id);
        p.require(Right.ORG_EDIT, now.row().orgId());
        return db.tx(tx -> {
            notInUse(tx, now.row());
            return engine.start(tx, new TaskEngine.Spec(DELETE, "Deleting firewall group " + now.row().name(), by,
                    ObjectRef.of(Kind.FIREWALL_GROUP, id, now.row().name()), false,
                    new Change(id, null, now.row().edgeId(), now.row().vdcGroupId(), null, null, null,
                            List.of())));
        });
    }

    /** The ids of these groups, which must be the edge's (a rule names only its own edge's groups). */
    static void requireOfEdge(Tx tx, UUID edgeId, List<UUID> ids, String field) {
        for (UUID id : ids) {
            if (store(tx).group(id).filter(g -> edgeId.equals(g.edgeId())).isEmpty()) {
                throw ApiException.invalidReference(field + ": no firewall group " + id + " exists on this edge "
                        + "gateway.");
            }
        }
    }

    /** The ids of these groups, which must be the VDC group's (its distributed firewall names only its own). */
    static void requireOfVdcGroup(Tx tx, UUID vdcGroupId, List<UUID> ids, String field) {
        for (UUID id : ids) {
            if (store(tx).group(id).filter(g -> vdcGroupId.equals(g.vdcGroupId())).isEmpty()) {
                throw ApiException.invalidReference(field + ": no firewall group " + id + " belongs to this VDC "
                        + "group.");
            }
        }
    }

    private record Checked(String name, String description, String type, List<String> ipAddresses,
                           List<UUID> members, List<VmCriteria.Criterion> vmCriteria) {
    }

    private static Checked checked(Spec s) {
        String name = NsxtEdges.name(s.name(), "A firewall group");
        String description = NsxtEdges.description(s.description());
        String type = NsxtEdges.oneOf(s.type(), List.of(IP_SET, SECURITY_GROUP, VM_CRITERIA), null,
                "A firewall group's type");
        List<String> addresses = s.ipAddresses() == null ? List.of() : s.ipAddresses();
        List<UUID> members = s.members() == null ? List.of() : s.members();
        List<VmCriteria.Criterion> criteria = null;
        if (type.equals(VM_CRITERIA)) {
            if (!addresses.isEmpty() || !members.isEmpty()) {
                throw ApiException.badRequest("A VM_CRITERIA group has vmCriteria, not ipAddresses or members.");
            }
            criteria = VmCriteria.checked(s.vmCriteria());
        } else if (s.vmCriteria() != null && !s.vmCriteria().isEmpty()) {
            throw ApiException.badRequest("vmCriteria are for VM_CRITERIA groups only.");
        }
        if (type.equals(IP_SET) && !members.isEmpty()) {
            throw ApiException.badRequest("An IP set has ipAddresses, not members.");
        }
        if (type.equals(SECURITY_GROUP) && !addresses.isEmpty()) {
            throw ApiException.badRequest("A security group has members (org VDC networks), not ipAddresses.");
        }
        if (addresses.size() > MAX_ADDRESSES || members.size() > MAX_MEMBERS) {
            throw ApiException.badRequest("A firewall group holds at most " + MAX_ADDRESSES + " addresses and "
                    + MAX_MEMBERS + " networks.");
        }
        Set<String> checkedAddresses = new LinkedHashSet<>();
        for (String a : addresses) {
            checkedAddresses.add(NsxtAddresses.addressOrBlock(a, "ipAddresses"));
        }
        if (members.contains(null)) {
            throw ApiException.badRequest("A member of a security group names an org VDC network by its id.");
        }
        return new Checked(name, description, type, new ArrayList<>(checkedAddresses),
                new ArrayList<>(new LinkedHashSet<>(members)), criteria);
    }

    /**
     * The change's members, checked against the owner as it is now (its lock held): each a network the owner's
     * security groups may hold, the name unique among the owner's groups of the type but {@code except}.
     */
    private static List<UUID> checked(Tx tx, Change c, UUID except) {
        OwnerLock owner = OwnerLock.of(tx, c.owner());
        for (UUID m : c.members()) {
            if (!owner.networks().contains(m)) {
                throw ApiException.invalidReference("Security group member " + m + " is not " + owner.networksAre()
                        + ".");
            }
        }
        if (owner.groups().stream().anyMatch(g -> !g.id().equals(except) && g.type().equals(c.type())
                && g.name().equalsIgnoreCase(c.name()))) {
            throw ApiException.duplicateName(owner.name() + " already has a firewall group of type " + c.type()
                    + " named " + c.name() + ".");
        }
        return c.members();
    }

    /**
     * An owner locked for a change of its groups: its name (as a message starts), its groups, the networks its
     * security groups may hold and what they are (as a message ends).
     */
    private record OwnerLock(String name, List<NsxtServiceStore.Group> groups, Set<UUID> networks,
                             String networksAre) {
        static OwnerLock of(Tx tx, Owner o) {
            if (o.vdcGroupId() != null) {
                VdcGroupStore.Row g = VdcGroups.store(tx).lock(o.vdcGroupId()).orElseThrow(() ->
                        ApiException.badRequest("The VDC group was deleted."));
                return new OwnerLock("VDC group " + g.name(), store(tx).groupsOfVdcGroup(g.id()), Set.of(),
                        "a network of VDC group " + g.name() + " (vcdsim's org VDC networks belong to VDCs, not to "
                                + "VDC groups)");
            }
            EdgeGatewayRow edge = EdgeGatewayService.locked(tx, o.edgeId());
            return new OwnerLock("Edge gateway " + edge.name(), store(tx).groupsOfEdge(edge.id()),
                    new HashSet<>(tx.networks().routedBy(edge.id()).stream().map(NetworkRow::id).toList()),
                    "an org VDC network routed by edge gateway " + edge.name());
        }
    }

    private static void notInUse(Tx tx, NsxtServiceStore.Group row) {
        List<String> users = new ArrayList<>(store(tx).rulesNaming(row.id()));
        users.addAll(tx.store(DfwRuleStore::new).rulesNaming(row.id()));
        if (!users.isEmpty()) {
            throw ApiException.badRequest("Firewall group " + row.name() + " is in use by firewall rule(s) "
                    + String.join(", ", users) + ": remove it from them first.");
        }
        List<String> pools = AlbPools.namingGroup(tx, row.id());
        if (!pools.isEmpty()) {
            throw ApiException.badRequest("Firewall group " + row.name() + " is in use by load balancer pool(s) "
                    + String.join(", ", pools) + " as their members: remove it from them first.");
        }
    }

    private static boolean visible(Principal p, NsxtServiceStore.Group g) {
        return p.canSee(g.orgId()) && p.has(Right.NETWORK_VIEW);
    }

    private static Group view(Tx tx, NsxtServiceStore.Group row) {
        Body body = NsxtEdges.read(row.body(), Body.class);
        EdgeGatewayRow edge = row.edgeId() == null ? null : tx.edges().find(row.edgeId()).orElseThrow();
        VdcGroupStore.Row vdcGroup = row.vdcGroupId() == null ? null
                : VdcGroups.store(tx).find(row.vdcGroupId()).orElseThrow();
        List<NetworkRow> members = store(tx).members(row.id()).stream()
                .flatMap(id -> tx.networks().find(id).stream()).toList();
        return new Group(row, edge, vdcGroup, body.description(),
                body.ipAddresses() == null ? List.of() : body.ipAddresses(), members,
                body.vmCriteria() == null ? List.of() : body.vmCriteria());
    }

    private static ApiException gone(UUID id) {
        return ApiException.forbidden("No firewall group with id " + id + " is accessible.");
    }

    static NsxtServiceStore store(Tx tx) {
        return tx.store(NsxtServiceStore::new);
    }
}
