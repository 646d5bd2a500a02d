package io.vcdsim.network;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Kind;
import io.vcdsim.core.Principal;
import io.vcdsim.core.Right;
import io.vcdsim.store.AlbPoolStore;
import io.vcdsim.store.AlbVirtualServiceStore;
import io.vcdsim.store.CertificateStore;
import io.vcdsim.store.Database;
import io.vcdsim.store.EdgeGatewayRow;
import io.vcdsim.store.NsxtServiceStore;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.Tx;
import io.vcdsim.tasks.TaskEngine;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * NSX-T ALB pools ({@code loadBalancer/pools}), as go-vcloud-director's nsxt_alb_pool.go uses them: an NSX-T edge
 * gateway's servers, on an edge whose load balancer is enabled, named once on the edge; their members listed or an
 * edge's firewall group, their CA certificates the edge's org's. Its org's network viewers read them, its org's
 * administrators change them. Each change is checked when asked and answered by a task whose owner is the pool
 * (go-vcloud-director reads the new pool by the task's owner); the task's work locks the edge, checks again and
 * stores it. A pool a virtual service uses is not deleted.
 */
public final class AlbPools implements AlbEdgeObjects<AlbPoolBody.Spec, AlbPools.Pool> {
    public static final String CREATE = "loadBalancerPoolCreate";
    public static final String UPDATE = "loadBalancerPoolUpdate";
    public static final String DELETE = "loadBalancerPoolDelete";
    /** The firewall groups a pool's members may be: IP sets and static groups. */
    private static final Set<String> MEMBER_GROUP_TYPES = Set.of(FirewallGroups.IP_SET,
            FirewallGroups.SECURITY_GROUP);

    private final Database db;
    private final TaskEngine engine;
    private final NsxtEdges edges;
    private final AlbEdgeObjectTasks tasks;

    /** A pool as read: its row and body. */
    public record Pool(AlbPoolStore.Pool row, AlbPoolBody body) {
    }

    /** A change as its task carries it (a deletion's without name and body). */
    record Change(UUID poolId, UUID edgeId, String name, UUID memberGroupId, AlbPoolBody body) {
    }

    /** Its pools stand on an edge's load balancer: it is not disabled under them. */
    public AlbPools(Database db, TaskEngine engine, NsxtEdges edges, AlbEdgeUses uses) {
        this.db = db;
        this.engine = engine;
        this.edges = edges;
        this.tasks = new AlbEdgeObjectTasks(db, engine, edges, Kind.ALB_POOL, "load balancer pool",
                "load balancer pool");
        uses.add((tx, edgeId) -> store(tx).namesOfEdge(edgeId).stream().map(n -> "load balancer pool " + n)
                .toList());
        engine.register(CREATE, Change.class, (tx, task, c) -> store(tx).save(checked(tx, c, engine.now())));
        engine.register(UPDATE, Change.class, (tx, task, c) -> store(tx).save(checked(tx, c, null)));
        engine.register(DELETE, Change.class, (tx, task, c) -> {
            EdgeGatewayService.locked(tx, c.edgeId());
            AlbPoolStore.Pool row = store(tx).lock(c.poolId()).orElseThrow(() -> gone(c.poolId()));
            notInUse(tx, row);
            store(tx).delete(row.id());
        });
    }

    /** The pool, if the caller may see its org's networks; else (or when there is none) 403. */
    @Override
    public Pool get(Principal p, UUID id) {
        AlbPoolStore.Pool row = p.require(Right.NETWORK_VIEW, db.read(tx -> store(tx).find(id)),
                AlbPoolStore.Pool::orgId, "load balancer pool", id);
        return of(row);
    }

    @Override
    public List<Pool> found(List<UUID> ids) {
        return db.read(tx -> store(tx).found(ids).stream().map(AlbPools::of).toList());
    }

    @Override
    public EdgeGatewayRow edge(Principal p, UUID edgeId) {
        return tasks.listedEdge(p, edgeId);
    }

    @Override
    public TaskRow create(Principal p, AlbPoolBody.Spec s, TaskEngine.Caller by) {
        EdgeGatewayRow e = tasks.newEdge(p, s.edgeId());
        Change c = new Change(UUID.randomUUID(), e.id(), name(s), s.memberGroupId(), AlbPoolBody.of(s));
        return tasks.start(CREATE, "Creating", c.poolId(), c.name(), c, tx -> checked(tx, c, engine.now()), by);
    }

    @Override
    public TaskRow update(Principal p, UUID id, AlbPoolBody.Spec s, TaskEngine.Caller by) {
        AlbPoolStore.Pool now = get(p, id).row();
        EdgeGatewayRow e = tasks.sameEdge(p, now.edgeId(), now.name(), s.edgeId());
        Change c = new Change(id, e.id(), name(s), s.memberGroupId(), AlbPoolBody.of(s));
        return tasks.start(UPDATE, "Updating", id, c.name(), c, tx -> checked(tx, c, null), by);
    }

    /** Refused while a virtual service uses the pool. */
    @Override
    public TaskRow delete(Principal p, UUID id, TaskEngine.Caller by) {
        AlbPoolStore.Pool now = get(p, id).row();
        edges.edge(p, now.edgeId(), Right.ORG_EDIT);
        return tasks.start(DELETE, "Deleting", id, now.name(), new Change(id, now.edgeId(), null, null, null),
                tx -> notInUse(tx, now), by);
    }

    /** The body a stored pool keeps. */
    public static AlbPoolBody body(AlbPoolStore.Pool row) {
        return NsxtEdges.read(row.body(), AlbPoolBody.class);
    }

    /** The firewall group a pool's members are, and how many addresses (or networks) it holds. */
    public record MemberGroup(UUID id, String name, String type, int size) {
    }

    /** The firewall group of a pool that takes its members from one; empty otherwise (or once it is gone). */
    public static Optional<MemberGroup> memberGroup(Tx tx, AlbPoolStore.Pool row) {
        if (row.memberGroupId() == null) {
            return Optional.empty();
        }
        NsxtServiceStore groups = tx.store(NsxtServiceStore::new);
        return groups.group(row.memberGroupId()).map(g -> new MemberGroup(g.id(), g.name(), g.type(),
                FirewallGroups.IP_SET.equals(g.type()) ? addressCount(g) : groups.members(g.id()).size()));
    }

    private static int addressCount(NsxtServiceStore.Group ipSet) {
        List<String> addresses = NsxtEdges.read(ipSet.body(), FirewallGroups.Body.class).ipAddresses();
        return addresses == null ? 0 : addresses.size();
    }

    /** The names of the pools whose members a firewall group is (it is not deleted while there are any). */
    static List<String> namingGroup(Tx tx, UUID groupId) {
        return store(tx).namingGroup(groupId);
    }

    /**
     * The change as a row, checked against its edge as it is now (locked): the load balancer enabled, the name not
     * another pool's, the member group one of the edge's firewall groups (and kept while a transparent virtual service
     * uses the pool), the certificates its org's. A new pool is made at {@code created}; without it, the pool changed
     * must still be there.
     */
    private static AlbPoolStore.Pool checked(Tx tx, Change c, Instant created) {
        EdgeGatewayRow e = EdgeGatewayService.locked(tx, c.edgeId());
        AlbEdgeLoadBalancer.requireEnabled(tx, e);
        AlbPoolStore.Pool old = created != null ? null : store(tx).lock(c.poolId()).orElseThrow(() -> gone(c.poolId()));
        if (store(tx).nameTaken(e.id(), c.name(), c.poolId())) {
            throw ApiException.duplicateName("Edge gateway " + e.name() + " already has a load balancer pool named "
                    + c.name() + ".");
        }
        if (c.memberGroupId() != null) {
            requireMemberGroup(tx, e, c.memberGroupId());
        }
        if (old != null && c.memberGroupId() == null) {
            List<String> transparent = AlbVirtualServices.transparent(AlbVirtualServices.store(tx).ofPool(old.id()));
            if (!transparent.isEmpty()) {
                throw ApiException.badRequest("Load balancer pool " + old.name() + " keeps its memberGroupRef: "
                        + "virtual service " + String.join(", ", transparent) + " in transparent mode uses it.");
            }
        }
        for (UUID cert : c.body().caCertificates()) {
            requireCertificate(tx, e, cert, "caCertificateRefs");
        }
        return new AlbPoolStore.Pool(c.poolId(), e.orgId(), e.id(), c.name(), c.memberGroupId(),
                NsxtEdges.write(c.body()), old == null ? created : old.created());
    }

    /**
     * A pool's member group: a firewall group of the pool's edge whose members are fixed, an IP set or a static group
     * (go-vcloud-director's pools name an IP set); a dynamic (VM_CRITERIA) one is refused (400).
     */
    private static void requireMemberGroup(Tx tx, EdgeGatewayRow e, UUID id) {
        NsxtServiceStore.Group g = tx.store(NsxtServiceStore::new).group(id).filter(x -> e.id().equals(x.edgeId()))
                .orElseThrow(() -> ApiException.invalidReference("memberGroupRef: no firewall group " + id
                        + " exists on edge gateway " + e.name() + "."));
        if (!MEMBER_GROUP_TYPES.contains(g.type())) {
            throw ApiException.badRequest("memberGroupRef: firewall group " + g.name() + " is of type " + g.type()
                    + "; a pool's members are an IP set or a static group.");
        }
    }

    /**
     * The certificate, which must be in the certificate library of the edge's org; else 400. It is locked: a
     * certificate is not deleted while an object uses it, so its deletion waits for the object, or the object sees
     * it gone.
     */
    static CertificateStore.Row requireCertificate(Tx tx, EdgeGatewayRow e, UUID id, String field) {
        return tx.store(CertificateStore::new).lock(id).filter(c -> c.orgId().equals(e.orgId()))
                .orElseThrow(() -> ApiException.invalidReference(field + ": no certificate " + id + " is in the "
                        + "certificate library of the edge gateway's organization."));
    }

    private static void notInUse(Tx tx, AlbPoolStore.Pool row) {
        List<String> users = tx.store(AlbVirtualServiceStore::new).ofPool(row.id()).stream()
                .map(AlbVirtualServiceStore.Service::name).toList();
        if (!users.isEmpty()) {
            throw ApiException.badRequest("Load balancer pool " + row.name() + " cannot be deleted: virtual service "
                    + String.join(", ", users) + " uses it.");
        }
    }

    private static String name(AlbPoolBody.Spec s) {
        return NsxtEdges.name(s.name(), "A load balancer pool");
    }

    private static Pool of(AlbPoolStore.Pool row) {
        return new Pool(row, body(row));
    }

    private static ApiException gone(UUID id) {
        return ApiException.forbidden("No load balancer pool with id " + id + " is accessible.");
    }

    private static AlbPoolStore store(Tx tx) {
        return tx.store(AlbPoolStore::new);
    }
}
