package io.vcdsim.network;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Kind;
import io.vcdsim.core.ObjectRef;
import io.vcdsim.core.Principal;
import io.vcdsim.core.Right;
import io.vcdsim.store.Database;
import io.vcdsim.store.EdgeGatewayRow;
import io.vcdsim.store.NetworkRow;
import io.vcdsim.store.NsxtServiceStore;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.Tx;
import io.vcdsim.tasks.TaskEngine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * NSX-T firewall groups of an edge gateway, as go-vcloud-director's nsxt_firewall_group.go uses them: IP sets (IPv4
 * and IPv6 addresses, CIDR blocks and ranges) and static security groups (the edge's routed org VDC networks). A name
 * is unique among the edge's groups of one type. Each change is checked whole when asked and answered by a task whose
 * owner is the group (go-vcloud-director reads the created group by the task's owner); the task's work checks it
 * again and stores it, so a change a blocking task's approver rejects, or a failed task, leaves nothing behind. A
 * group a firewall rule names cannot be deleted.
 */
public final class FirewallGroups {
    public static final String CREATE = "nsxtFirewallGroupCreate";
    public static final String UPDATE = "nsxtFirewallGroupUpdate";
    public static final String DELETE = "nsxtFirewallGroupDelete";
    public static final String IP_SET = "IP_SET";
    public static final String SECURITY_GROUP = "SECURITY_GROUP";
    static final int MAX_ADDRESSES = 1024;
    static final int MAX_MEMBERS = 512;

    private final Database db;
    private final TaskEngine engine;
    private final NsxtEdges edges;

    /** What a client asks for; type is IP_SET or SECURITY_GROUP (VM_CRITERIA groups are VDC groups' business). */
    public record Spec(String name, String description, String type, UUID edgeId, List<String> ipAddresses,
                       List<UUID> members) {
    }

    /** A group as read: its row, description, addresses and member networks (with names). */
    public record Group(NsxtServiceStore.Group row, EdgeGatewayRow edge, String description, List<String> ipAddresses,
                        List<NetworkRow> members) {
    }

    /** What a group's body keeps besides its columns. */
    public record Body(String description, List<String> ipAddresses) {
    }

    /** A change as its task carries it: the group's columns, body and members (for a deletion, its id only). */
    record Change(UUID groupId, UUID orgId, UUID edgeId, String name, String type, String body, List<UUID> members) {
    }

    public FirewallGroups(Database db, TaskEngine engine, NsxtEdges edges) {
        this.db = db;
        this.engine = engine;
        this.edges = edges;
        engine.register(CREATE, Change.class, (tx, task, c) -> store(tx).insertGroup(new NsxtServiceStore.Group(
                c.groupId(), c.orgId(), c.edgeId(), c.name(), c.type(), c.body(), engine.now()), checked(tx, c, null)));
        engine.register(UPDATE, Change.class, (tx, task, c) -> {
            NsxtServiceStore.Group row = store(tx).lockGroup(c.groupId()).orElseThrow(() -> gone(c.groupId()));
            store(tx).updateGroup(new NsxtServiceStore.Group(row.id(), row.orgId(), row.edgeId(), c.name(),
                    row.type(), c.body(), row.created()), checked(tx, c, row.id()));
        });
        engine.register(DELETE, Change.class, (tx, task, c) -> {
            // the edge's lock first, as a change of its firewall rules takes it: a rule cannot name the group meanwhile
            EdgeGatewayService.locked(tx, c.edgeId());
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

    /** The VMs on a security group's networks. */
    public List<NsxtServiceStore.MemberVm> associatedVms(Principal p, UUID id) {
        Group g = get(p, id);
        if (!SECURITY_GROUP.equals(g.row().type())) {
            throw ApiException.badRequest("Only a security group has associated VMs; " + g.row().name() + " is an "
                    + g.row().type() + ".");
        }
        return db.read(tx -> store(tx).vmsOn(g.row().orgId(), g.members().stream().map(NetworkRow::name).toList()));
    }

    public TaskRow create(Principal p, Spec s, TaskEngine.Caller by) {
        if (s.edgeId() == null) {
            throw ApiException.badRequest("A firewall group needs ownerRef: the NSX-T edge gateway it belongs to.");
        }
        EdgeGatewayRow edge = edges.edge(p, s.edgeId(), Right.ORG_EDIT);
        Checked c = checked(s);
        Change change = new Change(UUID.randomUUID(), edge.orgId(), edge.id(), c.name(), c.type(),
                NsxtEdges.write(new Body(c.description(), c.ipAddresses())), c.members());
        return db.tx(tx -> {
            checked(tx, change, null);
            return engine.start(tx, new TaskEngine.Spec(CREATE, "Creating firewall group " + c.name(), by,
                    ObjectRef.of(Kind.FIREWALL_GROUP, change.groupId(), c.name()), false, change));
        });
    }

    /** A new name, description, addresses or members; the type and edge stay. */
    public TaskRow update(Principal p, UUID id, Spec s, TaskEngine.Caller by) {
        Group now = get(p, id);
        p.require(Right.ORG_EDIT, now.row().orgId());
        Checked c = checked(s);
        if (!c.type().equals(now.row().type())) {
            throw ApiException.badRequest("Firewall group " + now.row().name() + " is an " + now.row().type()
                    + ": its type cannot change.");
        }
        if (s.edgeId() != null && !s.edgeId().equals(now.row().edgeId())) {
            throw ApiException.badRequest("Firewall group " + now.row().name() + " stays with its edge gateway.");
        }
        Change change = new Change(id, now.row().orgId(), now.row().edgeId(), c.name(), now.row().type(),
                NsxtEdges.write(new Body(c.description(), c.ipAddresses())), c.members());
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
                    new Change(id, null, now.row().edgeId(), null, null, null, List.of())));
        });
    }

    /** The ids of these groups, which must be the edge's (a rule names only its own edge's groups). */
    static void requireOfEdge(Tx tx, UUID edgeId, List<UUID> ids, String field) {
        for (UUID id : ids) {
            if (store(tx).group(id).filter(g -> g.edgeId().equals(edgeId)).isEmpty()) {
                throw ApiException.invalidReference(field + ": no firewall group " + id + " exists on this edge "
                        + "gateway.");
            }
        }
    }

    private record Checked(String name, String description, String type, List<String> ipAddresses,
                           List<UUID> members) {
    }

    private static Checked checked(Spec s) {
        String name = NsxtEdges.name(s.name(), "A firewall group");
        String description = NsxtEdges.description(s.description());
        if ("VM_CRITERIA".equals(s.type())) {
            throw ApiException.badRequest("Dynamic (VM_CRITERIA) security groups belong to VDC groups, not to an edge "
                    + "gateway.");
        }
        String type = NsxtEdges.oneOf(s.type(), List.of(IP_SET, SECURITY_GROUP), null, "A firewall group's type");
        List<String> addresses = s.ipAddresses() == null ? List.of() : s.ipAddresses();
        List<UUID> members = s.members() == null ? List.of() : s.members();
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
                new ArrayList<>(new LinkedHashSet<>(members)));
    }

    /**
     * The change's members, checked against the edge as it is now (its lock held): each a routed network of the
     * edge, the name unique among the edge's groups of the type but {@code except}.
     */
    private static List<UUID> checked(Tx tx, Change c, UUID except) {
        EdgeGatewayRow edge = EdgeGatewayService.locked(tx, c.edgeId());
        Set<UUID> routed = new HashSet<>(tx.networks().routedBy(edge.id()).stream().map(NetworkRow::id).toList());
        for (UUID m : c.members()) {
            if (!routed.contains(m)) {
                throw ApiException.invalidReference("Security group member " + m + " is not an org VDC network "
                        + "routed by edge gateway " + edge.name() + ".");
            }
        }
        if (store(tx).groupsOfEdge(edge.id()).stream().anyMatch(g -> !g.id().equals(except)
                && g.type().equals(c.type()) && g.name().equalsIgnoreCase(c.name()))) {
            throw ApiException.duplicateName("Edge gateway " + edge.name() + " already has a firewall group of type "
                    + c.type() + " named " + c.name() + ".");
        }
        return c.members();
    }

    private static void notInUse(Tx tx, NsxtServiceStore.Group row) {
        List<String> users = store(tx).rulesNaming(row.id());
        if (!users.isEmpty()) {
            throw ApiException.badRequest("Firewall group " + row.name() + " is in use by firewall rule(s) "
                    + String.join(", ", users) + ": remove it from them first.");
        }
    }

    private static boolean visible(Principal p, NsxtServiceStore.Group g) {
        return p.canSee(g.orgId()) && p.has(Right.NETWORK_VIEW);
    }

    private static Group view(Tx tx, NsxtServiceStore.Group row) {
        Body body = NsxtEdges.read(row.body(), Body.class);
        EdgeGatewayRow edge = tx.edges().find(row.edgeId()).orElseThrow();
        List<NetworkRow> members = store(tx).members(row.id()).stream()
                .flatMap(id -> tx.networks().find(id).stream()).toList();
        return new Group(row, edge, body.description(), body.ipAddresses() == null ? List.of() : body.ipAddresses(),
                members);
    }

    private static ApiException gone(UUID id) {
        return ApiException.forbidden("No firewall group with id " + id + " is accessible.");
    }

    static NsxtServiceStore store(Tx tx) {
        return tx.store(NsxtServiceStore::new);
    }
}
