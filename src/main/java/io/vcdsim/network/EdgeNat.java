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

import java.util.List;
import java.util.UUID;

/**
 * An NSX-T edge gateway's NAT rules ({@code edgeGateways/{id}/nat/rules}), as go-vcloud-director's nsxt_nat_rule.go
 * and terraform's vcd_nsxt_nat_rule use them: made by a task whose owner is the edge (vCD does not name the new rule;
 * the client finds it in the list), read, changed and deleted by id. The type is {@code type} from API 36.0 on, and
 * {@code ruleType} before (REFLEXIVE has only the former); DNAT, SNAT and REFLEXIVE rules need both addresses, NO_SNAT
 * an internal one and NO_DNAT an external one. A rule names at most one application port profile its org may use.
 */
public final class EdgeNat {
    public static final String CREATE = "nsxtEdgeNatRuleCreate";
    public static final String UPDATE = "nsxtEdgeNatRuleUpdate";
    public static final String DELETE = "nsxtEdgeNatRuleDelete";
    static final List<String> TYPES = List.of("DNAT", "NO_DNAT", "SNAT", "NO_SNAT", "REFLEXIVE");
    static final List<String> FIREWALL_MATCHES = List.of("MATCH_INTERNAL_ADDRESS", "MATCH_EXTERNAL_ADDRESS", "BYPASS");
    static final int MAX_PRIORITY = 2147481599;
    static final int MAX_RULES = 1000;

    private final Database db;
    private final TaskEngine engine;
    private final NsxtEdges edges;

    /** A rule as sent (null: not sent). */
    public record Spec(String name, String description, Boolean enabled, String type, String externalAddresses,
                       String internalAddresses, UUID profileId, String dnatExternalPort,
                       String snatDestinationAddresses, Boolean logging, String firewallMatch, Integer priority) {
    }

    /** What a rule keeps. */
    public record Body(String description, boolean enabled, String type, String externalAddresses,
                       String internalAddresses, UUID profileId, String dnatExternalPort,
                       String snatDestinationAddresses, boolean logging, String firewallMatch, int priority) {
    }

    /** A stored rule, read, with its profile's name. */
    public record Rule(UUID id, String name, int version, Body body, String profileName) {
    }

    public EdgeNat(Database db, TaskEngine engine, NsxtEdges edges) {
        this.db = db;
        this.engine = engine;
        this.edges = edges;
        // the task's work stores the change, checked again: a rejected or failed task leaves the rules as they were
        engine.register(CREATE, Change.class, (tx, task, c) -> {
            EdgeGatewayRow e = EdgeGatewayService.locked(tx, c.edgeId());
            List<NsxtServiceStore.Rule> all = checkedCreation(tx, e, c.body());
            int position = all.isEmpty() ? 0 : all.get(all.size() - 1).position() + 1;
            store(tx).insertRule(new NsxtServiceStore.Rule(UUID.randomUUID(), e.id(), NsxtServiceStore.NAT, position,
                    c.name(), 0, NsxtEdges.write(c.body())));
        });
        engine.register(UPDATE, Change.class, (tx, task, c) -> {
            EdgeGatewayRow e = EdgeGatewayService.locked(tx, c.edgeId());
            NsxtServiceStore.Rule old = checkedUpdate(tx, e, c.ruleId(), c.body());
            store(tx).updateRule(new NsxtServiceStore.Rule(old.id(), e.id(), NsxtServiceStore.NAT, old.position(),
                    c.name(), old.version() + 1, NsxtEdges.write(c.body())));
        });
        engine.register(DELETE, Change.class, (tx, task, c) -> {
            EdgeGatewayService.locked(tx, c.edgeId());
            store(tx).deleteRule(store(tx).rule(c.edgeId(), NsxtServiceStore.NAT, c.ruleId())
                    .orElseThrow(() -> gone(c.ruleId())).id());
        });
    }

    /** A change as its task carries it: the rule (none for a new one), its name and body (none for a deletion). */
    record Change(UUID edgeId, UUID ruleId, String name, Body body) {
    }

    public List<Rule> rules(Principal p, UUID edgeId) {
        EdgeGatewayRow e = edges.edge(p, edgeId, Right.NETWORK_VIEW);
        return db.read(tx -> store(tx).rules(e.id(), NsxtServiceStore.NAT).stream().map(r -> view(tx, r)).toList());
    }

    public Rule rule(Principal p, UUID edgeId, UUID ruleId) {
        EdgeGatewayRow e = edges.edge(p, edgeId, Right.NETWORK_VIEW);
        return db.read(tx -> store(tx).rule(e.id(), NsxtServiceStore.NAT, ruleId).map(r -> view(tx, r))
                .orElseThrow(() -> gone(ruleId)));
    }

    public TaskRow create(Principal p, UUID edgeId, Spec s, TaskEngine.Caller by) {
        EdgeGatewayRow e = edges.edge(p, edgeId, Right.ORG_EDIT);
        Body b = checked(s);
        String name = s.name();
        return db.tx(tx -> {
            checkedCreation(tx, EdgeGatewayService.locked(tx, e.id()), b);
            return engine.start(tx, new TaskEngine.Spec(CREATE, "Creating NAT rule " + name + " of edge gateway "
                    + e.name(), by, EdgeGatewayService.owner(e), false, new Change(e.id(), null, name, b)));
        });
    }

    /** Everything but the type, which a rule keeps (terraform makes a new rule for a new type). */
    public TaskRow update(Principal p, UUID edgeId, UUID ruleId, Spec s, TaskEngine.Caller by) {
        EdgeGatewayRow e = edges.edge(p, edgeId, Right.ORG_EDIT);
        Body b = checked(s);
        return db.tx(tx -> {
            checkedUpdate(tx, EdgeGatewayService.locked(tx, e.id()), ruleId, b);
            return engine.start(tx, new TaskEngine.Spec(UPDATE, "Updating NAT rule " + s.name() + " of edge gateway "
                    + e.name(), by, EdgeGatewayService.owner(e), false, new Change(e.id(), ruleId, s.name(), b)));
        });
    }

    /** The edge's rules, when there is room for one more and the new one's profile may be used. */
    private static List<NsxtServiceStore.Rule> checkedCreation(Tx tx, EdgeGatewayRow e, Body b) {
        usable(tx, e, b);
        List<NsxtServiceStore.Rule> all = store(tx).rules(e.id(), NsxtServiceStore.NAT);
        if (all.size() >= MAX_RULES) {
            throw ApiException.badRequest("An edge gateway has at most " + MAX_RULES + " NAT rules.");
        }
        return all;
    }

    /** The rule changed, which keeps its type, its new profile one that may be used. */
    private static NsxtServiceStore.Rule checkedUpdate(Tx tx, EdgeGatewayRow e, UUID ruleId, Body b) {
        NsxtServiceStore.Rule old = store(tx).rule(e.id(), NsxtServiceStore.NAT, ruleId)
                .orElseThrow(() -> gone(ruleId));
        String type = NsxtEdges.read(old.body(), Body.class).type();
        if (!type.equals(b.type())) {
            throw ApiException.badRequest("NAT rule " + old.name() + " is a " + type + " rule: its type cannot "
                    + "change.");
        }
        usable(tx, e, b);
        return old;
    }

    public TaskRow delete(Principal p, UUID edgeId, UUID ruleId, TaskEngine.Caller by) {
        EdgeGatewayRow e = edges.edge(p, edgeId, Right.ORG_EDIT);
        return db.tx(tx -> {
            NsxtServiceStore.Rule old = store(tx).rule(e.id(), NsxtServiceStore.NAT, ruleId)
                    .orElseThrow(() -> gone(ruleId));
            return engine.start(tx, new TaskEngine.Spec(DELETE, "Deleting NAT rule " + old.name() + " of edge gateway "
                    + e.name(), by, EdgeGatewayService.owner(e), false, new Change(e.id(), old.id(), old.name(), null)));
        });
    }

    private static Body checked(Spec s) {
        NsxtEdges.name(s.name(), "A NAT rule");
        String description = NsxtEdges.description(s.description());
        String type = NsxtEdges.oneOf(s.type(), TYPES, null, "A NAT rule's type (ruleType before API 36.0)");
        String external = blankToEmpty(s.externalAddresses());
        String internal = blankToEmpty(s.internalAddresses());
        boolean needsExternal = !type.equals("NO_SNAT");
        boolean needsInternal = !type.equals("NO_DNAT");
        if (needsExternal && external.isEmpty() || needsInternal && internal.isEmpty()) {
            throw ApiException.badRequest("A " + type + " rule needs " + (needsExternal && needsInternal
                    ? "externalAddresses and internalAddresses" : needsExternal ? "externalAddresses"
                    : "internalAddresses") + ".");
        }
        if (!external.isEmpty()) {
            NsxtAddresses.addressOrBlock(external, "externalAddresses");
        }
        if (!internal.isEmpty()) {
            NsxtAddresses.addressOrBlock(internal, "internalAddresses");
        }
        String snatDestination = blankToEmpty(s.snatDestinationAddresses());
        if (!snatDestination.isEmpty()) {
            if (!type.equals("SNAT") && !type.equals("NO_SNAT")) {
                throw ApiException.badRequest("snatDestinationAddresses is for SNAT and NO_SNAT rules only.");
            }
            NsxtAddresses.addressOrBlock(snatDestination, "snatDestinationAddresses");
        }
        String port = blankToEmpty(s.dnatExternalPort());
        if (!port.isEmpty()) {
            if (!type.equals("DNAT")) {
                throw ApiException.badRequest("dnatExternalPort is for DNAT rules only.");
            }
            NsxtAddresses.port(port, "dnatExternalPort");
        }
        String match = NsxtEdges.oneOf(s.firewallMatch(), FIREWALL_MATCHES, "MATCH_INTERNAL_ADDRESS",
                "A NAT rule's firewallMatch");
        int priority = s.priority() == null ? 0 : s.priority();
        if (priority < 0 || priority > MAX_PRIORITY) {
            throw ApiException.badRequest("A NAT rule's priority is between 0 and " + MAX_PRIORITY + ".");
        }
        return new Body(description, s.enabled() == null || s.enabled(), type, external, internal, s.profileId(),
                port, snatDestination, Boolean.TRUE.equals(s.logging()), match, priority);
    }

    private static void usable(Tx tx, EdgeGatewayRow e, Body b) {
        if (b.profileId() != null) {
            AppPortProfiles.requireUsable(tx, e.orgId(), List.of(b.profileId()), "applicationPortProfile");
        }
    }

    private static String blankToEmpty(String text) {
        return text == null ? "" : text.trim();
    }

    private static Rule view(Tx tx, NsxtServiceStore.Rule r) {
        Body b = NsxtEdges.read(r.body(), Body.class);
        String profile = b.profileId() == null ? null : store(tx).profile(b.profileId())
                .map(NsxtServiceStore.Profile::name).orElse(null);
        return new Rule(r.id(), r.name(), r.version(), b, profile);
    }

    private static ApiException gone(UUID id) {
        return ApiException.forbidden("No NAT rule with id " + id + " is accessible.");
    }

    private static NsxtServiceStore store(Tx tx) {
        return tx.store(NsxtServiceStore::new);
    }
}
