package io.vcdsim.network;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Principal;
import io.vcdsim.core.Right;
import io.vcdsim.store.Database;
import io.vcdsim.store.EdgeGatewayRow;
import io.vcdsim.store.NsxtServiceStore;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.Tx;
import io.vcdsim.tasks.TaskEngine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * An NSX-T edge gateway's firewall ({@code edgeGateways/{id}/firewall/rules}), as go-vcloud-director's
 * nsxt_firewall.go and terraform's vcd_nsxt_firewall use it: the user-defined rules are replaced as one ordered list
 * (a rule sent with its id keeps it, and its version goes up), read back in that order, deleted all at once or one by
 * one. Rules name the edge's own firewall groups and the application port profiles its org may use; a list with one
 * bad rule changes nothing, nor does a change whose task is rejected or fails: the task's work stores it. The default rule vCD shows after them (drop everything) is not the tenant's to change.
 */
public final class EdgeFirewall {
    public static final String UPDATE = "nsxtEdgeFirewallRulesUpdate";
    public static final String DELETE = "nsxtEdgeFirewallRulesDelete";
    static final List<String> ACTIONS = List.of("ALLOW", "DROP", "REJECT");
    static final List<String> DIRECTIONS = List.of("IN_OUT", "IN", "OUT");
    static final List<String> PROTOCOLS = List.of("IPV4_IPV6", "IPV4", "IPV6");
    static final int MAX_RULES = 1000;
    static final int MAX_REFERENCES = 128;
    static final int MAX_COMMENTS = 2048;

    private final Database db;
    private final TaskEngine engine;
    private final NsxtEdges edges;

    /** One rule as sent: ids of groups and profiles (unresolved); null fields were not sent. */
    public record Spec(UUID id, String name, String action, Boolean enabled, List<UUID> sources,
                       List<UUID> destinations, List<UUID> profiles, String ipProtocol, Boolean logging,
                       String direction, String comments) {
    }

    /** What a rule keeps. */
    public record Body(String action, boolean enabled, List<UUID> sources, List<UUID> destinations,
                       List<UUID> profiles, String ipProtocol, boolean logging, String direction, String comments) {
    }

    /** A stored rule, read. */
    public record Rule(UUID id, String name, int version, Body body) {
    }

    /** The rules a replacement sets, in order; a rule with an id keeps it. */
    record Replacement(UUID edgeId, List<Sent> rules) {
    }

    record Sent(UUID id, String name, Body body) {
    }

    /** A rule to delete, or (ruleId null) every user-defined rule. */
    record Removal(UUID edgeId, UUID ruleId) {
    }

    public EdgeFirewall(Database db, TaskEngine engine, NsxtEdges edges) {
        this.db = db;
        this.engine = engine;
        this.edges = edges;
        // the task's work stores the change, checked again: a rejected or failed task leaves the rules as they were
        engine.register(UPDATE, Replacement.class, (tx, task, r) -> store(tx, r));
        engine.register(DELETE, Removal.class, (tx, task, r) -> {
            EdgeGatewayService.locked(tx, r.edgeId());
            if (r.ruleId() == null) {
                store(tx).deleteRules(r.edgeId(), NsxtServiceStore.FIREWALL);
            } else {
                store(tx).deleteRule(store(tx).rule(r.edgeId(), NsxtServiceStore.FIREWALL, r.ruleId())
                        .orElseThrow(() -> gone(r.ruleId())).id());
            }
        });
    }

    public List<Rule> rules(Principal p, UUID edgeId) {
        EdgeGatewayRow e = edges.edge(p, edgeId, Right.NETWORK_VIEW);
        return db.read(tx -> read(tx, e.id()));
    }

    public Rule rule(Principal p, UUID edgeId, UUID ruleId) {
        return rules(p, edgeId).stream().filter(r -> r.id().equals(ruleId)).findFirst()
                .orElseThrow(() -> gone(ruleId));
    }

    /** Replaces the user-defined rules with these, in this order. */
    public TaskRow replace(Principal p, UUID edgeId, List<Spec> rules, TaskEngine.Caller by) {
        EdgeGatewayRow e = edges.edge(p, edgeId, Right.ORG_EDIT);
        if (rules.size() > MAX_RULES) {
            throw ApiException.badRequest("An edge gateway's firewall has at most " + MAX_RULES + " rules.");
        }
        List<Sent> sent = new ArrayList<>();
        Set<UUID> sentIds = new HashSet<>();
        for (Spec s : rules) {
            if (s.id() != null && !sentIds.add(s.id())) {
                throw ApiException.badRequest("Firewall rule " + s.id() + " is in the list twice.");
            }
            sent.add(new Sent(s.id(), s.name(), checked(s)));
        }
        Replacement replacement = new Replacement(e.id(), sent);
        return db.tx(tx -> {
            check(tx, replacement);
            return engine.start(tx, new TaskEngine.Spec(UPDATE, "Updating firewall rules of edge gateway "
                    + e.name(), by, EdgeGatewayService.owner(e), false, replacement));
        });
    }

    /** Deletes every user-defined rule. */
    public TaskRow deleteAll(Principal p, UUID edgeId, TaskEngine.Caller by) {
        EdgeGatewayRow e = edges.edge(p, edgeId, Right.ORG_EDIT);
        return db.tx(tx -> engine.start(tx, new TaskEngine.Spec(DELETE, "Deleting firewall rules of edge gateway "
                + e.name(), by, EdgeGatewayService.owner(e), false, new Removal(e.id(), null))));
    }

    /** Deletes one rule; the others keep their order. */
    public TaskRow delete(Principal p, UUID edgeId, UUID ruleId, TaskEngine.Caller by) {
        EdgeGatewayRow e = edges.edge(p, edgeId, Right.ORG_EDIT);
        return db.tx(tx -> {
            NsxtServiceStore.Rule r = store(tx).rule(e.id(), NsxtServiceStore.FIREWALL, ruleId)
                    .orElseThrow(() -> gone(ruleId));
            return engine.start(tx, new TaskEngine.Spec(DELETE, "Deleting firewall rule " + r.name()
                    + " of edge gateway " + e.name(), by, EdgeGatewayService.owner(e), false, new Removal(e.id(), r.id())));
        });
    }

    /** The rules sent with an id are the edge's, and every group and profile they name may be used here. */
    private static Map<UUID, NsxtServiceStore.Rule> check(Tx tx, Replacement r) {
        EdgeGatewayRow e = EdgeGatewayService.locked(tx, r.edgeId());
        Map<UUID, NsxtServiceStore.Rule> existing = new HashMap<>();
        store(tx).rules(e.id(), NsxtServiceStore.FIREWALL).forEach(old -> existing.put(old.id(), old));
        for (Sent s : r.rules()) {
            if (s.id() != null && !existing.containsKey(s.id())) {
                throw ApiException.invalidReference("The edge gateway has no firewall rule " + s.id() + ".");
            }
            FirewallGroups.requireOfEdge(tx, e.id(), s.body().sources(), "sourceFirewallGroups");
            FirewallGroups.requireOfEdge(tx, e.id(), s.body().destinations(), "destinationFirewallGroups");
            AppPortProfiles.requireUsable(tx, e.orgId(), s.body().profiles(), "applicationPortProfiles");
        }
        return existing;
    }

    private static void store(Tx tx, Replacement r) {
        Map<UUID, NsxtServiceStore.Rule> existing = check(tx, r);
        Set<UUID> kept = new HashSet<>();
        for (int i = 0; i < r.rules().size(); i++) {
            Sent s = r.rules().get(i);
            String body = NsxtEdges.write(s.body());
            if (s.id() != null) {
                NsxtServiceStore.Rule old = existing.get(s.id());
                kept.add(old.id());
                store(tx).updateRule(new NsxtServiceStore.Rule(old.id(), r.edgeId(), NsxtServiceStore.FIREWALL, i,
                        s.name(), old.version() + 1, body));
            } else {
                store(tx).insertRule(new NsxtServiceStore.Rule(UUID.randomUUID(), r.edgeId(),
                        NsxtServiceStore.FIREWALL, i, s.name(), 0, body));
            }
        }
        existing.keySet().stream().filter(id -> !kept.contains(id)).forEach(id -> store(tx).deleteRule(id));
    }

    static Body checked(Spec s) {
        NsxtEdges.name(s.name(), "A firewall rule");
        String action = NsxtEdges.oneOf(s.action(), ACTIONS, null, "A firewall rule's action");
        String direction = NsxtEdges.oneOf(s.direction(), DIRECTIONS, "IN_OUT", "A firewall rule's direction");
        String protocol = NsxtEdges.oneOf(s.ipProtocol(), PROTOCOLS, "IPV4_IPV6", "A firewall rule's ipProtocol");
        if (s.comments() != null && s.comments().length() > MAX_COMMENTS) {
            throw ApiException.badRequest("A firewall rule's comments are at most " + MAX_COMMENTS + " characters.");
        }
        return new Body(action, s.enabled() == null || s.enabled(), refs(s.sources(), "sourceFirewallGroups"),
                refs(s.destinations(), "destinationFirewallGroups"), refs(s.profiles(), "applicationPortProfiles"),
                protocol, Boolean.TRUE.equals(s.logging()), direction, s.comments());
    }

    private static List<UUID> refs(List<UUID> ids, String field) {
        if (ids == null) {
            return List.of();
        }
        if (ids.contains(null)) {
            throw ApiException.badRequest(field + " names each object by its id.");
        }
        if (ids.size() > MAX_REFERENCES) {
            throw ApiException.badRequest(field + " names at most " + MAX_REFERENCES + " objects.");
        }
        return new ArrayList<>(new LinkedHashSet<>(ids));
    }

    private static List<Rule> read(Tx tx, UUID edgeId) {
        return store(tx).rules(edgeId, NsxtServiceStore.FIREWALL).stream()
                .map(r -> new Rule(r.id(), r.name(), r.version(), NsxtEdges.read(r.body(), Body.class))).toList();
    }

    private static ApiException gone(UUID id) {
        return ApiException.forbidden("No firewall rule with id " + id + " is accessible.");
    }

    private static NsxtServiceStore store(Tx tx) {
        return tx.store(NsxtServiceStore::new);
    }
}
