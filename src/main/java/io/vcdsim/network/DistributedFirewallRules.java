package io.vcdsim.network;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Kind;
import io.vcdsim.core.ObjectRef;
import io.vcdsim.core.Principal;
import io.vcdsim.core.Right;
import io.vcdsim.store.Database;
import io.vcdsim.store.DfwRuleStore;
import io.vcdsim.store.NsxtServiceStore;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.Tx;
import io.vcdsim.store.VdcGroupStore;
import io.vcdsim.tasks.TaskEngine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The rules of a VDC group's distributed firewall ({@code vdcGroups/{id}/dfwPolicies/default/rules}), as
 * go-vcloud-director's GetDistributedFirewall, UpdateDistributedFirewall, CreateDistributedFirewallRule and
 * DistributedFirewallRule.Update/Delete use them: the whole list is replaced at once, or one rule changed or deleted in
 * its place. A rule says what an edge gateway's firewall rule says, and also its description, the network context
 * profiles it matches and whether its groups are excluded; its groups are the VDC group's own. The firewall must be
 * activated first. Reading takes the VDC group's view, changing the org's edit right.
 */
public final class DistributedFirewallRules {
    public static final String UPDATE = "vdcGroupDfwRulesUpdate";
    static final int MAX_CONTEXT_PROFILES = 128;
    private static final String CONTEXT_URN = "urn:vcloud:networkContextProfile:";
    private final Database db;
    private final TaskEngine engine;
    private final VdcGroups groups;

    /** A network context profile a rule names, by its URN (and name, as sent). */
    public record ContextProfile(String id, String name) {
    }

    /** One rule as sent; null fields were not sent. */
    public record Spec(EdgeFirewall.Spec rule, String description, List<ContextProfile> contextProfiles,
                       Boolean sourcesExcluded, Boolean destinationsExcluded) {
    }

    /** What a rule keeps besides its name. */
    public record Body(EdgeFirewall.Body rule, String description, List<ContextProfile> contextProfiles,
                       boolean sourcesExcluded, boolean destinationsExcluded) {
    }

    /** A stored rule, read. */
    public record Rule(UUID id, String name, int version, Body body) {
        /** The part an edge gateway's firewall rule also has, to be shown the same way. */
        public EdgeFirewall.Rule asEdgeRule() {
            return new EdgeFirewall.Rule(id, name, version, body.rule());
        }
    }

    /** The rules a replacement sets, in order; a rule with an id keeps it. */
    record Replacement(UUID groupId, List<Sent> rules) {
    }

    record Sent(UUID id, String name, Body body) {
    }

    public DistributedFirewallRules(Database db, TaskEngine engine, VdcGroups groups) {
        this.db = db;
        this.engine = engine;
        this.groups = groups;
        // stored by the task, checked again under the group's lock: a failed task leaves the rules as they were
        engine.register(UPDATE, Replacement.class, (tx, task, r) -> store(tx, r));
    }

    public List<Rule> rules(Principal p, UUID groupId) {
        VdcGroupStore.Row g = groups.get(p, groupId);
        return db.read(tx -> read(tx, g.id()));
    }

    public Rule rule(Principal p, UUID groupId, UUID ruleId) {
        return rules(p, groupId).stream().filter(r -> r.id().equals(ruleId)).findFirst()
                .orElseThrow(() -> gone(ruleId));
    }

    /** The names of the firewall groups and port profiles these rules name, by id. */
    public Map<UUID, String> names(List<Rule> rules) {
        return db.read(tx -> {
            NsxtServiceStore s = tx.store(NsxtServiceStore::new);
            Map<UUID, String> names = new HashMap<>();
            for (Rule r : rules) {
                EdgeFirewall.Body b = r.body().rule();
                for (UUID id : concat(b.sources(), b.destinations())) {
                    s.group(id).ifPresent(g -> names.put(id, g.name()));
                }
                b.profiles().forEach(id -> s.profile(id).ifPresent(pr -> names.put(id, pr.name())));
            }
            return names;
        });
    }

    /** Replaces the rules with these, in this order. */
    public TaskRow replace(Principal p, UUID groupId, List<Spec> rules, TaskEngine.Caller by) {
        VdcGroupStore.Row g = groups.get(p, groupId);
        p.require(Right.ORG_EDIT, g.orgId());
        if (rules.size() > EdgeFirewall.MAX_RULES) {
            throw ApiException.badRequest("A distributed firewall has at most " + EdgeFirewall.MAX_RULES + " rules.");
        }
        List<Sent> sent = new ArrayList<>();
        Set<UUID> ids = new HashSet<>();
        for (Spec s : rules) {
            if (s == null) {
                throw ApiException.badRequest("A distributed firewall rule is an object.");
            }
            if (s.rule().id() != null && !ids.add(s.rule().id())) {
                throw ApiException.badRequest("Firewall rule " + s.rule().id() + " is in the list twice.");
            }
            sent.add(new Sent(s.rule().id(), s.rule().name(), checked(s)));
        }
        Replacement replacement = new Replacement(g.id(), sent);
        return db.tx(tx -> {
            check(tx, replacement);
            return engine.start(tx, new TaskEngine.Spec(UPDATE, "Updating distributed firewall rules of VDC group "
                    + g.name(), by, ObjectRef.of(Kind.VDC_GROUP, g.id(), g.name()), false, replacement));
        });
    }

    /** Changes one rule in its place; the id in the URL is the rule's. */
    public TaskRow update(Principal p, UUID groupId, UUID ruleId, Spec s, TaskEngine.Caller by) {
        List<Spec> specs = new ArrayList<>();
        for (Rule r : withRule(rules(p, groupId), ruleId)) {
            specs.add(r.id().equals(ruleId) ? new Spec(withId(s.rule(), ruleId), s.description(), s.contextProfiles(),
                    s.sourcesExcluded(), s.destinationsExcluded()) : spec(r));
        }
        return replace(p, groupId, specs, by);
    }

    /** Deletes one rule; the others keep their order. */
    public TaskRow delete(Principal p, UUID groupId, UUID ruleId, TaskEngine.Caller by) {
        return replace(p, groupId, withRule(rules(p, groupId), ruleId).stream().filter(r -> !r.id().equals(ruleId))
                .map(DistributedFirewallRules::spec).toList(), by);
    }

    /** The rules, which must hold this one. */
    private static List<Rule> withRule(List<Rule> rules, UUID ruleId) {
        if (rules.stream().noneMatch(r -> r.id().equals(ruleId))) {
            throw gone(ruleId);
        }
        return rules;
    }

    /** The firewall is active, the rules sent with an id are the group's, every group and profile usable here. */
    private static void check(Tx tx, Replacement r) {
        VdcGroupStore.Row g = VdcGroups.store(tx).lock(r.groupId()).orElseThrow(() -> ApiException.badRequest(
                "The VDC group was deleted."));
        if (!g.firewall().enabled()) {
            throw ApiException.badRequest("VDC group " + g.name() + " has no distributed firewall rules: activate its "
                    + "distributed firewall first.");
        }
        Set<UUID> existing = new HashSet<>();
        tx.store(DfwRuleStore::new).rules(g.id()).forEach(old -> existing.add(old.id()));
        for (Sent s : r.rules()) {
            if (s.id() != null && !existing.contains(s.id())) {
                throw ApiException.invalidReference("VDC group " + g.name() + " has no firewall rule " + s.id() + ".");
            }
            FirewallGroups.requireOfVdcGroup(tx, g.id(), s.body().rule().sources(), "sourceFirewallGroups");
            FirewallGroups.requireOfVdcGroup(tx, g.id(), s.body().rule().destinations(), "destinationFirewallGroups");
            AppPortProfiles.requireUsable(tx, g.orgId(), s.body().rule().profiles(), "applicationPortProfiles");
        }
    }

    private static void store(Tx tx, Replacement r) {
        check(tx, r);
        DfwRuleStore store = tx.store(DfwRuleStore::new);
        Map<UUID, Integer> versions = new HashMap<>();
        store.rules(r.groupId()).forEach(old -> versions.put(old.id(), old.version()));
        List<DfwRuleStore.Row> rows = new ArrayList<>();
        for (int i = 0; i < r.rules().size(); i++) {
            Sent s = r.rules().get(i);
            UUID id = s.id() != null ? s.id() : UUID.randomUUID();
            int version = s.id() != null ? versions.get(s.id()) + 1 : 0;
            rows.add(new DfwRuleStore.Row(id, r.groupId(), i, s.name(), version, NsxtEdges.write(s.body())));
        }
        store.replace(r.groupId(), rows);
    }

    private static Body checked(Spec s) {
        EdgeFirewall.Body rule = EdgeFirewall.checked(s.rule());
        List<ContextProfile> contexts = s.contextProfiles() == null ? List.of() : List.copyOf(s.contextProfiles());
        if (contexts.size() > MAX_CONTEXT_PROFILES) {
            throw ApiException.badRequest("networkContextProfiles names at most " + MAX_CONTEXT_PROFILES
                    + " profiles.");
        }
        for (ContextProfile c : contexts) {
            if (c == null || c.id() == null || !c.id().startsWith(CONTEXT_URN) || c.id().length() > 128) {
                throw ApiException.badRequest("networkContextProfiles names each profile by its URN ("
                        + CONTEXT_URN + "...).");
            }
        }
        return new Body(rule, NsxtEdges.description(s.description()), contexts,
                Boolean.TRUE.equals(s.sourcesExcluded()), Boolean.TRUE.equals(s.destinationsExcluded()));
    }

    private static Spec spec(Rule r) {
        EdgeFirewall.Body b = r.body().rule();
        return new Spec(new EdgeFirewall.Spec(r.id(), r.name(), b.action(), b.enabled(), b.sources(), b.destinations(),
                b.profiles(), b.ipProtocol(), b.logging(), b.direction(), b.comments()), r.body().description(),
                r.body().contextProfiles(), r.body().sourcesExcluded(), r.body().destinationsExcluded());
    }

    private static EdgeFirewall.Spec withId(EdgeFirewall.Spec s, UUID id) {
        return new EdgeFirewall.Spec(id, s.name(), s.action(), s.enabled(), s.sources(), s.destinations(),
                s.profiles(), s.ipProtocol(), s.logging(), s.direction(), s.comments());
    }

    private static List<Rule> read(Tx tx, UUID groupId) {
        return tx.store(DfwRuleStore::new).rules(groupId).stream()
                .map(r -> new Rule(r.id(), r.name(), r.version(), NsxtEdges.read(r.body(), Body.class))).toList();
    }

    private static List<UUID> concat(List<UUID> a, List<UUID> b) {
        List<UUID> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static ApiException gone(UUID id) {
        return ApiException.forbidden("No firewall rule with id " + id + " is accessible.");
    }
}
