package io.vcdsim.network;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Kind;
import io.vcdsim.core.Principal;
import io.vcdsim.core.Right;
import io.vcdsim.store.AlbPoolStore;
import io.vcdsim.store.AlbServiceEngineGroupStore;
import io.vcdsim.store.AlbVirtualServiceStore;
import io.vcdsim.store.AlbVirtualServiceStore.Service;
import io.vcdsim.store.Database;
import io.vcdsim.store.EdgeGatewayRow;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.Tx;
import io.vcdsim.tasks.TaskEngine;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * NSX-T ALB virtual services ({@code loadBalancer/virtualServices}), as go-vcloud-director's
 * nsxt_alb_virtual_service.go uses them: a pool of an NSX-T edge gateway served on a virtual IP by a service engine
 * group assigned to the edge, named once on the edge. A pool serves one virtual service at most. Its org's network
 * viewers read them, its org's administrators change them, each change answered by a task whose owner is the service
 * (its work locks the edge, checks again and stores it). See {@link AlbVirtualIps} for the addresses it may take.
 */
public final class AlbVirtualServices
        implements AlbEdgeObjects<AlbVirtualServiceBody.Spec, AlbVirtualServices.VirtualService> {
    public static final String CREATE = "loadBalancerVirtualServiceCreate";
    public static final String UPDATE = "loadBalancerVirtualServiceUpdate";
    public static final String DELETE = "loadBalancerVirtualServiceDelete";

    private final Database db;
    private final TaskEngine engine;
    private final NsxtEdges edges;
    private final AlbEdgeObjectTasks tasks;

    /** A virtual service as read: its row and body. */
    public record VirtualService(Service row, AlbVirtualServiceBody body) {
    }

    /** A change as its task carries it (a deletion's without the rest). */
    record Change(UUID serviceId, UUID edgeId, String name, UUID poolId, UUID groupId, String virtualIp,
                  String ipv6VirtualIp, AlbVirtualServiceBody body) {
    }

    /**
     * Its services stand on an edge's load balancer and on a group's assignment to the edge: neither goes under them,
     * and an assignment counts them.
     */
    public AlbVirtualServices(Database db, TaskEngine engine, NsxtEdges edges, AlbEdgeUses uses) {
        this.db = db;
        this.engine = engine;
        this.edges = edges;
        this.tasks = new AlbEdgeObjectTasks(db, engine, edges, Kind.ALB_VIRTUAL_SERVICE,
                "load balancer virtual service", "virtual service");
        uses.add(new AlbEdgeUses.User() {
            @Override
            public List<String> onEdge(Tx tx, UUID edgeId) {
                return store(tx).ofEdge(edgeId).stream().map(s -> "virtual service " + s.name()).toList();
            }

            @Override
            public List<String> inGroup(Tx tx, UUID edgeId, UUID groupId) {
                return store(tx).ofEdge(edgeId).stream().filter(s -> s.groupId().equals(groupId))
                        .map(s -> "virtual service " + s.name()).toList();
            }

            @Override
            public int deployed(Tx tx, UUID edgeId, UUID groupId) {
                return store(tx).countOnGroup(groupId, edgeId);
            }
        });
        engine.register(CREATE, Change.class, (tx, task, c) -> store(tx).save(checked(tx, c, engine.now())));
        engine.register(UPDATE, Change.class, (tx, task, c) -> store(tx).save(checked(tx, c, null)));
        engine.register(DELETE, Change.class, (tx, task, c) -> {
            EdgeGatewayService.locked(tx, c.edgeId());
            store(tx).delete(store(tx).lock(c.serviceId()).orElseThrow(() -> gone(c.serviceId())).id());
        });
    }

    /** The service, if the caller may see its org's networks; else (or when there is none) 403. */
    @Override
    public VirtualService get(Principal p, UUID id) {
        Service row = p.require(Right.NETWORK_VIEW, db.read(tx -> store(tx).find(id)), Service::orgId,
                "load balancer virtual service", id);
        return of(row);
    }

    @Override
    public List<VirtualService> found(List<UUID> ids) {
        return db.read(tx -> store(tx).found(ids).stream().map(AlbVirtualServices::of).toList());
    }

    @Override
    public EdgeGatewayRow edge(Principal p, UUID edgeId) {
        return tasks.listedEdge(p, edgeId);
    }

    @Override
    public TaskRow create(Principal p, AlbVirtualServiceBody.Spec s, TaskEngine.Caller by) {
        Change c = change(UUID.randomUUID(), tasks.newEdge(p, s.edgeId()), s, null);
        return tasks.start(CREATE, "Creating", c.serviceId(), c.name(), c, tx -> checked(tx, c, engine.now()), by);
    }

    @Override
    public TaskRow update(Principal p, UUID id, AlbVirtualServiceBody.Spec s, TaskEngine.Caller by) {
        Service now = get(p, id).row();
        Change c = change(id, tasks.sameEdge(p, now.edgeId(), now.name(), s.edgeId()), s, now);
        return tasks.start(UPDATE, "Updating", id, c.name(), c, tx -> checked(tx, c, null), by);
    }

    @Override
    public TaskRow delete(Principal p, UUID id, TaskEngine.Caller by) {
        Service now = get(p, id).row();
        edges.edge(p, now.edgeId(), Right.ORG_EDIT);
        return tasks.start(DELETE, "Deleting", id, now.name(), new Change(id, now.edgeId(), null, null, null, null,
                null, null), tx -> { }, by);
    }

    /** The body a stored service keeps. */
    public static AlbVirtualServiceBody body(Service row) {
        return NsxtEdges.read(row.body(), AlbVirtualServiceBody.class);
    }

    /**
     * The change a spec asks of a new service ({@code now} null) or of {@code now}, whose IPv6 address and transparent
     * mode stay when the client's version has no such field.
     */
    private static Change change(UUID id, EdgeGatewayRow e, AlbVirtualServiceBody.Spec s, Service now) {
        String name = NsxtEdges.name(s.name(), "A virtual service");
        if (s.poolId() == null || s.groupId() == null) {
            throw ApiException.badRequest("A virtual service needs loadBalancerPoolRef and serviceEngineGroupRef.");
        }
        AlbVirtualServiceBody body = AlbVirtualServiceBody.of(s, now != null && body(now).transparentModeEnabled());
        String v4 = AlbVirtualServiceBody.virtualIp(s.virtualIp());
        String v6 = s.ipv6VirtualIp() == null && now != null ? now.ipv6VirtualIp()
                : AlbVirtualServiceBody.ipv6VirtualIp(s.ipv6VirtualIp());
        if (v4 == null && v6 == null) {
            throw ApiException.badRequest("A virtual service needs a virtualIpAddress"
                    + (s.ipv6VirtualIp() == null ? "." : " or an ipv6VirtualIpAddress."));
        }
        return new Change(id, e.id(), name, s.poolId(), s.groupId(), v4, v6, body);
    }

    /**
     * The change as a row, checked against its edge and group as they are now (locked): the load balancer enabled, the
     * name not another service's, the pool the edge's and no other service's, the group assigned to the edge with
     * room, the certificate its org's with a private key, the addresses ones it may take. A new service is made at
     * {@code created}; without it, the service changed must still be there.
     */
    private static Service checked(Tx tx, Change c, Instant created) {
        EdgeGatewayRow e = EdgeGatewayService.locked(tx, c.edgeId());
        AlbEdgeLoadBalancer.requireEnabled(tx, e);
        Service old = created != null ? null : store(tx).lock(c.serviceId()).orElseThrow(() -> gone(c.serviceId()));
        if (store(tx).nameTaken(e.id(), c.name(), c.serviceId())) {
            throw ApiException.duplicateName("Edge gateway " + e.name() + " already has a virtual service named "
                    + c.name() + ".");
        }
        AlbPoolStore.Pool pool = tx.store(AlbPoolStore::new).find(c.poolId()).filter(p -> p.edgeId().equals(e.id()))
                .orElseThrow(() -> ApiException.invalidReference("loadBalancerPoolRef: no load balancer pool "
                        + c.poolId() + " exists on edge gateway " + e.name() + "."));
        for (Service other : store(tx).ofPool(pool.id())) {
            if (!other.id().equals(c.serviceId())) {
                throw ApiException.badRequest("Load balancer pool " + pool.name() + " already serves virtual service "
                        + other.name() + ": a pool serves one virtual service.");
            }
        }
        // locked after the edge (as assignments lock them): the group's room counts services on every edge, which
        // another edge's change would otherwise fill at the same time
        AlbServiceEngineGroupStore.Group group = tx.store(AlbServiceEngineGroupStore::new).lock(c.groupId())
                .orElseThrow(() -> ApiException.invalidReference("serviceEngineGroupRef: no service engine group "
                        + c.groupId() + " exists."));
        AlbEdgeLoadBalancer.requireRoom(tx, e, group, old == null || !old.groupId().equals(group.id()));
        UUID cert = c.body().certificateId();
        if (cert != null && AlbPools.requireCertificate(tx, e, cert, "certificateRef").privateKey() == null) {
            throw ApiException.badRequest("certificateRef: a virtual service serves with a certificate that has its "
                    + "private key.");
        }
        if (c.body().transparentModeEnabled()) {
            AlbEdgeLoadBalancer.requireTransparentMode(tx, e);
            if (pool.memberGroupId() == null) {
                throw ApiException.badRequest("transparentModeEnabled needs a pool whose members are a firewall "
                        + "group (memberGroupRef); " + pool.name() + " lists its members.");
            }
        }
        AlbVirtualIps.check(tx, e, c.serviceId(), c.virtualIp(), c.ipv6VirtualIp(), c.body().ports());
        return new Service(c.serviceId(), e.orgId(), e.id(), c.name(), pool.id(), group.id(), c.virtualIp(),
                c.ipv6VirtualIp(), NsxtEdges.write(c.body()), old == null ? created : old.created());
    }

    /** The names of the services in transparent mode among these (which need it allowed and a member group). */
    static List<String> transparent(List<Service> services) {
        return services.stream().filter(s -> body(s).transparentModeEnabled()).map(Service::name).toList();
    }

    private static VirtualService of(Service row) {
        return new VirtualService(row, body(row));
    }

    private static ApiException gone(UUID id) {
        return ApiException.forbidden("No load balancer virtual service with id " + id + " is accessible.");
    }

    static AlbVirtualServiceStore store(Tx tx) {
        return tx.store(AlbVirtualServiceStore::new);
    }
}
