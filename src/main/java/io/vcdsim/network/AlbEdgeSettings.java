package io.vcdsim.network;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Principal;
import io.vcdsim.core.Right;
import io.vcdsim.core.Texts;
import io.vcdsim.store.AlbAssignmentStore;
import io.vcdsim.store.AlbEdgeStore;
import io.vcdsim.store.AlbEdgeStore.Settings;
import io.vcdsim.store.AlbServiceEngineGroupStore;
import io.vcdsim.store.Database;
import io.vcdsim.store.EdgeGatewayRow;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.Tx;
import io.vcdsim.tasks.TaskEngine;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * An NSX-T edge gateway's ALB load balancer ({@code edgeGateways/{id}/loadBalancer}): the edge's org reads it, a
 * system administrator enables, changes and disables it with a task on the edge (as vCD's
 * gatewayLoadBalancerConfigUpdate). Enabling binds the edge to the ALB cloud imported on its VDC's network pool, or
 * else on another pool of its NSX-T manager (vCD has no load balancer without one), and gives it the default service
 * network unless told one; the service networks do not change while it is enabled. Disabling is refused (400) while a
 * service engine group is assigned or anything of {@link AlbEdgeUses} is on the edge, and turning transparent mode off
 * while a virtual service uses it; disabling forgets the service networks.
 */
public final class AlbEdgeSettings {
    public static final String UPDATE = "gatewayLoadBalancerConfigUpdate";
    /** vCD's service network when a client names none (its configurable default). */
    public static final String DEFAULT_SERVICE_NETWORK = "192.168.255.1/25";
    private static final Set<String> FEATURE_SETS = Set.of("STANDARD", "PREMIUM");
    private static final int SERVICE_NETWORK_PREFIX = 25;
    private final Database db;
    private final TaskEngine engine;
    private final NsxtEdges edges;
    private final AlbEdgeUses uses;

    /**
     * What a client asks: a null field keeps what is set (its default when enabling). The resource leaves out what
     * the client's API version has no field for.
     */
    public record Request(boolean enabled, String featureSet, String serviceNetwork, String ipv6ServiceNetwork,
                          Boolean transparentMode) {
    }

    record Change(UUID edgeId, Request request) {
    }

    public AlbEdgeSettings(Database db, TaskEngine engine, NsxtEdges edges, AlbEdgeUses uses) {
        this.db = db;
        this.engine = engine;
        this.edges = edges;
        this.uses = uses;
        engine.register(UPDATE, Change.class, (tx, task, c) -> {
            EdgeGatewayRow e = EdgeGatewayService.locked(tx, c.edgeId());
            Optional<Settings> next = next(tx, e, c.request());
            if (next.isPresent()) {
                store(tx).save(next.get());
            } else {
                store(tx).delete(e.id());
            }
        });
    }

    /** The edge's load balancer: empty while disabled. */
    public Optional<Settings> get(Principal p, UUID edgeId) {
        EdgeGatewayRow e = edges.edge(p, edgeId, Right.NETWORK_VIEW);
        return db.read(tx -> store(tx).find(e.id()));
    }

    /** Enables, changes or disables the load balancer: refusals now, the change by the task (which checks again). */
    public TaskRow update(Principal p, UUID edgeId, Request r, TaskEngine.Caller by) {
        p.requireSystemAdmin();
        EdgeGatewayRow e = edges.edge(p, edgeId, Right.ORG_EDIT);
        return db.tx(tx -> {
            next(tx, e, r);
            return engine.start(tx, new TaskEngine.Spec(UPDATE, (r.enabled() ? "Updating" : "Disabling")
                    + " load balancer of edge gateway " + e.name(), by, EdgeGatewayService.owner(e), false,
                    new Change(e.id(), r)));
        });
    }

    /**
     * The feature set a client before 37.0 asks by its licenseType, as vCD 10.4 maps them (BASIC: STANDARD,
     * ENTERPRISE: PREMIUM); null when it names none, 400 for any other.
     */
    public static String featureSetOfLicense(String licenseType) {
        String given = Texts.blankIsNull(licenseType);
        if (given == null) {
            return null;
        }
        return switch (given) {
            case "BASIC" -> "STANDARD";
            case "ENTERPRISE" -> "PREMIUM";
            default -> throw ApiException.badRequest("licenseType must be BASIC or ENTERPRISE.");
        };
    }

    /** The licenseType a client before 37.0 reads for a feature set (the inverse of the mapping above). */
    public static String licenseTypeOf(String featureSet) {
        return "PREMIUM".equals(featureSet) ? "ENTERPRISE" : "BASIC";
    }

    /** What the edge's load balancer becomes (empty: disabled), or the refusal. */
    private Optional<Settings> next(Tx tx, EdgeGatewayRow e, Request r) {
        Optional<Settings> now = store(tx).find(e.id());
        if (!r.enabled()) {
            if (now.isPresent()) {
                checkUnused(tx, e);
            }
            return Optional.empty();
        }
        UUID cloud = now.map(Settings::cloudId).orElseGet(() -> cloudOf(tx, e));
        String v4 = Texts.blankIsNull(r.serviceNetwork());
        String v6 = Texts.blankIsNull(r.ipv6ServiceNetwork());
        if (now.isPresent()) {
            unchanged(v4, now.get().serviceNetwork(), "serviceNetworkDefinition");
            unchanged(v6, now.get().ipv6ServiceNetwork(), "ipv6ServiceNetworkDefinition");
            v4 = now.get().serviceNetwork();
            v6 = now.get().ipv6ServiceNetwork();
        } else {
            if (v4 != null) {
                v4 = NsxtAddresses.gatewayCidr(v4, false, SERVICE_NETWORK_PREFIX, "serviceNetworkDefinition");
            }
            if (v6 != null) {
                v6 = NsxtAddresses.gatewayCidr(v6, true, null, "ipv6ServiceNetworkDefinition");
            } else if (v4 == null) {
                v4 = DEFAULT_SERVICE_NETWORK;
            }
        }
        String asked = Texts.blankIsNull(r.featureSet());
        String features = asked != null ? asked : now.map(Settings::featureSet).orElse("STANDARD");
        if (!FEATURE_SETS.contains(features)) {
            throw ApiException.badRequest("supportedFeatureSet must be STANDARD or PREMIUM.");
        }
        boolean transparent = r.transparentMode() != null ? r.transparentMode()
                : now.map(Settings::transparentMode).orElse(false);
        if (!transparent && now.map(Settings::transparentMode).orElse(false)) {
            List<String> keeping = AlbVirtualServices.transparent(AlbVirtualServices.store(tx).ofEdge(e.id()));
            if (!keeping.isEmpty()) {
                throw ApiException.badRequest("transparentModeEnabled cannot be turned off on the load balancer of "
                        + "edge gateway " + e.name() + ": virtual service " + String.join(", ", keeping)
                        + " use it.");
            }
        }
        return Optional.of(new Settings(e.id(), cloud, v4, v6, features, transparent));
    }

    /** The cloud on the edge's network pool (else its NSX-T manager's): vCD enables no load balancer without one. */
    private static UUID cloudOf(Tx tx, EdgeGatewayRow e) {
        List<UUID> clouds = store(tx).cloudsFor(e.id());
        if (clouds.isEmpty()) {
            throw ApiException.badRequest("The load balancer of edge gateway " + e.name() + " cannot be enabled: no "
                    + "load balancer cloud is backed by a network pool of its NSX-T manager.");
        }
        return clouds.get(0);
    }

    private void checkUnused(Tx tx, EdgeGatewayRow e) {
        AlbServiceEngineGroupStore groups = tx.store(AlbServiceEngineGroupStore::new);
        List<String> assigned = tx.store(AlbAssignmentStore::new).ofEdge(e.id()).stream()
                .map(a -> groups.find(a.groupId()).map(g -> g.name()).orElse(a.groupId().toString())).toList();
        if (!assigned.isEmpty()) {
            throw ApiException.badRequest("The load balancer of edge gateway " + e.name() + " cannot be disabled: "
                    + "service engine group " + String.join(", ", assigned) + " is assigned to it.");
        }
        List<String> used = uses.onEdge(tx, e.id());
        if (!used.isEmpty()) {
            throw ApiException.badRequest("The load balancer of edge gateway " + e.name() + " cannot be disabled: "
                    + String.join(", ", used) + " use it.");
        }
    }

    private static void unchanged(String asked, String current, String field) {
        if (asked != null && !asked.equals(current)) {
            throw ApiException.badRequest(field + " cannot change while the load balancer is enabled; disable it "
                    + "first.");
        }
    }

    private static AlbEdgeStore store(Tx tx) {
        return tx.store(AlbEdgeStore::new);
    }
}
