package io.vcdsim.network;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Principal;
import io.vcdsim.core.Right;
import io.vcdsim.store.Database;
import io.vcdsim.store.EdgeGatewayRow;
import io.vcdsim.store.EdgeNsxStore;
import io.vcdsim.store.Tx;

import java.util.Set;
import java.util.UUID;

/**
 * The general settings of an advanced NSX-V edge gateway that vCD's NSX API proxy ({@code /network/edges/{id}/...})
 * serves and terraform's {@code vcd_edgegateway} reads after every apply: the load balancer's switches and the edge
 * firewall's. The firewall is the edge's FirewallService (one firewall, whichever API changes it); the load
 * balancer's settings are its own row. Pools, virtual servers and firewall rules are not kept here: vcdsim has no
 * load balancer, and rules are {@code configureServices}'. Changes apply at once, as the NSX API answers 204.
 */
public final class NsxvEdgeSettings {
    /** NSX's log levels of the load balancer. */
    public static final Set<String> LOG_LEVELS = Set.of("emergency", "alert", "critical", "error", "warning",
            "notice", "info", "debug");
    private final Database db;
    private final EdgeGatewayService edges;

    public record LoadBalancer(boolean enabled, boolean accelerationEnabled, boolean loggingEnabled, String logLevel,
                               int version) {
    }

    /** The firewall as NSX shows it: its default action is accept or deny. */
    public record Firewall(boolean enabled, String defaultAction, boolean defaultLogging, int version) {
    }

    public NsxvEdgeSettings(Database db, EdgeGatewayService edges) {
        this.db = db;
        this.edges = edges;
    }

    public LoadBalancer loadBalancer(Principal p, UUID edgeId) {
        EdgeGatewayRow e = nsxvEdge(p, edgeId, Right.NETWORK_VIEW);
        EdgeNsxStore.Settings s = db.read(tx -> tx.store(EdgeNsxStore::new).settings(e.id()));
        return new LoadBalancer(s.lbEnabled(), s.lbAccelerationEnabled(), s.lbLoggingEnabled(), s.lbLogLevel(),
                s.lbVersion());
    }

    public void changeLoadBalancer(Principal p, UUID edgeId, boolean enabled, boolean accelerationEnabled,
                                   boolean loggingEnabled, String logLevel) {
        if (logLevel == null || !LOG_LEVELS.contains(logLevel)) {
            // NSX's words, which go-vcloud-director's tests look for
            throw ApiException.badRequest("Invalid log level '" + (logLevel == null ? "" : logLevel.length() > 32
                    ? logLevel.substring(0, 32) + "…" : logLevel) + "'. Valid log levels are " + String.join(", ",
                    LOG_LEVELS.stream().sorted().toList()) + ".");
        }
        EdgeGatewayRow e = nsxvEdge(p, edgeId, Right.ORG_EDIT);
        db.tx(tx -> {
            EdgeNsxStore store = locked(tx, e).store(EdgeNsxStore::new);
            store.put(e.id(), store.settings(e.id()).withLoadBalancer(enabled, accelerationEnabled, loggingEnabled,
                    logLevel));
            return null;
        });
    }

    public Firewall firewall(Principal p, UUID edgeId) {
        EdgeGatewayRow e = nsxvEdge(p, edgeId, Right.NETWORK_VIEW);
        EdgeServices.Firewall f = EdgeServices.firewall(e.services());
        int version = db.read(tx -> tx.store(EdgeNsxStore::new).settings(e.id())).firewallVersion();
        return new Firewall(f.enabled(), f.allowByDefault() ? "accept" : "deny", f.logDefault(), version);
    }

    /** Turns the firewall on or off and sets its default action ({@code accept} or {@code deny}) and its logging. */
    public void changeFirewall(Principal p, UUID edgeId, boolean enabled, String defaultAction,
                               boolean defaultLogging) {
        if (!"accept".equals(defaultAction) && !"deny".equals(defaultAction)) {
            throw ApiException.badRequest("The firewall's default action is accept or deny.");
        }
        EdgeGatewayRow e = nsxvEdge(p, edgeId, Right.ORG_EDIT);
        db.tx(tx -> {
            EdgeGatewayRow now = tx.edges().lock(e.id()).orElseThrow(() -> gone(e));
            tx.edges().update(now.withServices(EdgeServices.withFirewall(now.services(),
                    new EdgeServices.Firewall(enabled, "accept".equals(defaultAction), defaultLogging))));
            EdgeNsxStore store = tx.store(EdgeNsxStore::new);
            store.put(e.id(), store.settings(e.id()).withFirewallChanged());
            return null;
        });
    }

    /** An edge the caller holds {@code right} on, which NSX-V runs with advanced networking; else 403 or 400. */
    private EdgeGatewayRow nsxvEdge(Principal p, UUID id, Right right) {
        EdgeGatewayRow e = edges.edge(p, id, right);
        if (db.read(tx -> tx.edges().edgeCluster(e.id())).isPresent()) {
            throw ApiException.badRequest("Edge gateway " + e.name() + " is an NSX-T edge: the NSX-V API does not "
                    + "serve it.");
        }
        if (!e.advancedNetworking()) {
            throw ApiException.badRequest("Edge gateway " + e.name() + " has no advanced networking: only an "
                    + "advanced edge has these settings.");
        }
        return e;
    }

    /** The transaction, with the edge locked so concurrent changes of its settings queue. */
    private static Tx locked(Tx tx, EdgeGatewayRow e) {
        tx.edges().lock(e.id()).orElseThrow(() -> gone(e));
        return tx;
    }

    private static ApiException gone(EdgeGatewayRow e) {
        return ApiException.notFound("Edge gateway " + e.name() + " was deleted meanwhile.");
    }
}
