package io.vcdsim.api;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
import io.vcdsim.core.Kind;
import io.vcdsim.core.Lengths;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.network.AppPortProfiles;
import io.vcdsim.network.EdgeFirewall;
import io.vcdsim.network.FirewallGroups;
import io.vcdsim.network.VmCriteria;
import io.vcdsim.store.NetworkRow;
import io.vcdsim.views.NsxtServicesView;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import static io.vcdsim.api.CloudApi.V1;

/**
 * NSX-T firewall groups of an edge gateway or a VDC group ({@code firewallGroups}: POST; the list at
 * {@code summaries} and at the collection, filtered by {@code name}, {@code typeValue}, {@code ownerRef.id} and
 * {@code _context} (an edge gateway or a VDC group, or a network its groups hold); GET, PUT and DELETE of one;
 * {@code associatedVMs}) and an NSX-T edge's firewall
 * ({@code edgeGateways/{id}/firewall/rules}: GET, PUT of the whole ordered list, DELETE of all or of one rule). Every
 * change answers 202 with its task in {@code Location}.
 */
public final class CloudApiNsxtFirewallResource implements Routes {
    private static final String GROUPS = V1 + "/firewallGroups";
    private static final String RULES = V1 + "/edgeGateways/{id}/firewall/rules";
    private static final Set<String> GROUP_FILTERS = Set.of("name", "type", "typeValue", "ownerRef.id",
            "edgeGatewayRef.id", "_context", "id");
    private final FirewallGroups groups;
    private final EdgeFirewall firewall;
    private final AppPortProfiles profiles;

    public CloudApiNsxtFirewallResource(FirewallGroups groups, EdgeFirewall firewall,
                                        AppPortProfiles profiles) {
        this.groups = groups;
        this.firewall = firewall;
        this.profiles = profiles;
    }

    /** A reference as go-vcloud-director's OpenApiReference marshals it. */
    public static final class Ref {
        public String id;
        public String name;
    }

    /** go-vcloud-director's types.NsxtFirewallGroup, as far as a request sets it. */
    public static final class GroupBody {
        public String id;
        public String name;
        public String description;
        public List<String> ipAddresses;
        public List<Ref> members;
        public List<VmCriteria.Criterion> vmCriteria;
        public Ref ownerRef;
        public Ref edgeGatewayRef;
        public String type;
        public String typeValue;
    }

    /** go-vcloud-director's types.NsxtFirewallRule. */
    public static class RuleBody {
        public String id;
        public String name;
        public String action;
        public String actionValue;
        public Boolean enabled;
        public List<Ref> sourceFirewallGroups;
        public List<Ref> destinationFirewallGroups;
        public List<Ref> applicationPortProfiles;
        public String ipProtocol;
        public Boolean logging;
        public String direction;
        public String comments;
    }

    /** go-vcloud-director's types.NsxtFirewallRuleContainer: only userDefinedRules are the tenant's. */
    public static final class Container {
        public List<RuleBody> systemRules;
        public List<RuleBody> defaultRules;
        public List<RuleBody> userDefinedRules;
    }

    @Override
    public void register(Router r) {
        r.get(GROUPS, this::listGroups);
        r.get(GROUPS + "/summaries", this::listGroups);
        r.post(GROUPS, x -> CloudApi.accepted(x, groups.create(x.principal(), spec(CloudApi.body(x, GroupBody.class,
                "FirewallGroup")), TaskResource.caller(x.principal()))));
        r.get(GROUPS + "/{id}", x -> Reply.json(200, NsxtServicesView.group(groups.get(x.principal(), groupId(x)))));
        r.put(GROUPS + "/{id}", x -> {
            GroupBody body = CloudApi.body(x, GroupBody.class, "FirewallGroup");
            UUID id = groupId(x);
            CloudApi.sameId(body.id, id);
            return CloudApi.accepted(x, groups.update(x.principal(), id, spec(body),
                    TaskResource.caller(x.principal())));
        });
        r.delete(GROUPS + "/{id}", x -> CloudApi.accepted(x, groups.delete(x.principal(), groupId(x),
                TaskResource.caller(x.principal()))));
        r.get(GROUPS + "/{id}/associatedVMs", x -> CloudApi.listPage(x, groups.associatedVms(x.principal(),
                groupId(x)).stream().map(NsxtServicesView::memberVm).toList(), "FirewallGroupMemberVms"));

        r.get(RULES, x -> Reply.json(200, NsxtServicesView.firewall(firewall.rules(x.principal(), edgeId(x)),
                names(x, true), names(x, false))));
        r.put(RULES, x -> {
            Container body = CloudApi.body(x, Container.class, "NsxtFirewallRuleContainer");
            List<EdgeFirewall.Spec> rules = new ArrayList<>();
            for (RuleBody rule : body.userDefinedRules == null ? List.<RuleBody>of() : body.userDefinedRules) {
                if (rule == null) {
                    throw ApiException.badRequest("A rule in userDefinedRules is null.");
                }
                rules.add(rule(rule));
            }
            return CloudApi.accepted(x, firewall.replace(x.principal(), edgeId(x), rules,
                    TaskResource.caller(x.principal())));
        });
        r.delete(RULES, x -> CloudApi.accepted(x, firewall.deleteAll(x.principal(), edgeId(x),
                TaskResource.caller(x.principal()))));
        r.get(RULES + "/{ruleId}", x -> Reply.json(200, NsxtServicesView.rule(firewall.rule(x.principal(), edgeId(x),
                ruleId(x)), names(x, true), names(x, false))));
        r.delete(RULES + "/{ruleId}", x -> CloudApi.accepted(x, firewall.delete(x.principal(), edgeId(x), ruleId(x),
                TaskResource.caller(x.principal()))));
    }

    private Reply listGroups(Exchange x) {
        Map<String, String> filter = CloudApi.contextFilter(x, GROUP_FILTERS);
        List<Predicate<FirewallGroups.Group>> tests = new ArrayList<>();
        filter.forEach((key, value) -> tests.add(switch (key) {
            case "name" -> g -> g.row().name().equals(value);
            case "type", "typeValue" -> g -> g.row().type().equals(value);
            case "id" -> g -> Kind.FIREWALL_GROUP.urn(g.row().id()).equals(value);
            case "ownerRef.id" -> g -> ownerUrn(g).equals(value);
            case "edgeGatewayRef.id" -> g -> g.edge() != null && Kind.EDGE_GATEWAY.urn(g.edge().id()).equals(value);
            default -> context(value);
        }));
        List<Object> found = groups.list(x.principal(), CloudApi.listedOrg(x)).stream()
                .filter(g -> tests.stream().allMatch(t -> t.test(g))).map(g -> (Object) NsxtServicesView.group(g))
                .toList();
        return CloudApi.contextPage(x, found, "FirewallGroups");
    }

    private static String ownerUrn(FirewallGroups.Group g) {
        return g.edge() != null ? Kind.EDGE_GATEWAY.urn(g.edge().id()) : Kind.VDC_GROUP.urn(g.vdcGroup().id());
    }

    /**
     * {@code _context}: an edge gateway (its groups), an org VDC network (the groups it is in), a VDC group (its
     * groups) or the NSX-T manager (all).
     */
    private static Predicate<FirewallGroups.Group> context(String value) {
        if (value.startsWith("urn:vcloud:gateway:")) {
            UUID edge = NsxtRefs.urn(value, Kind.EDGE_GATEWAY, "_context");
            return g -> edge.equals(g.row().edgeId());
        }
        if (value.startsWith("urn:vcloud:network:")) {
            UUID network = NsxtRefs.urn(value, Kind.NETWORK, "_context");
            return g -> g.members().stream().map(NetworkRow::id).anyMatch(network::equals);
        }
        if (value.startsWith("urn:vcloud:vdcGroup:")) {
            UUID vdcGroup = NsxtRefs.urn(value, Kind.VDC_GROUP, "_context");
            return g -> vdcGroup.equals(g.row().vdcGroupId());
        }
        if (value.startsWith("urn:vcloud:nsxtmanager:")) {
            return g -> true; // every edge is on the one NSX-T manager (a system administrator's context)
        }
        throw ApiException.badRequest("_context names an edge gateway, an org VDC network or a VDC group by its URN, "
                + "not '" + Lengths.shown(value) + "'.");
    }

    private static FirewallGroups.Spec spec(GroupBody b) {
        // ownerRef (API 35.0+) names an edge gateway or a VDC group, the deprecated edgeGatewayRef an edge gateway
        FirewallGroups.Owner owner = null;
        if (b.ownerRef != null && b.ownerRef.id != null && !b.ownerRef.id.isBlank()) {
            String id = b.ownerRef.id.trim();
            if (id.startsWith("urn:vcloud:vdcGroup:")) {
                owner = FirewallGroups.Owner.vdcGroup(NsxtRefs.urn(id, Kind.VDC_GROUP, "ownerRef"));
            } else if (id.startsWith("urn:vcloud:gateway:")) {
                owner = FirewallGroups.Owner.edge(NsxtRefs.urn(id, Kind.EDGE_GATEWAY, "ownerRef"));
            } else {
                throw ApiException.badRequest("ownerRef names an NSX-T edge gateway or a VDC group by its URN, not '"
                        + Lengths.shown(id) + "'.");
            }
        } else if (b.edgeGatewayRef != null && b.edgeGatewayRef.id != null && !b.edgeGatewayRef.id.isBlank()) {
            owner = FirewallGroups.Owner.edge(NsxtRefs.urn(b.edgeGatewayRef.id, Kind.EDGE_GATEWAY, "edgeGatewayRef"));
        }
        String type = b.typeValue != null && !b.typeValue.isEmpty() ? b.typeValue : b.type;
        List<UUID> members = new ArrayList<>();
        for (Ref m : b.members == null ? List.<Ref>of() : b.members) {
            members.add(m == null ? null : NsxtRefs.urn(m.id, Kind.NETWORK, "members"));
        }
        return new FirewallGroups.Spec(b.name, b.description, type, owner, b.ipAddresses, members, b.vmCriteria);
    }

    static EdgeFirewall.Spec rule(RuleBody b) {
        UUID id = null;
        if (b.id != null && !b.id.isBlank()) {
            id = Ids.fromAny(b.id);
            if (id == null) {
                throw ApiException.badRequest("A firewall rule's id is a UUID, not '" + Lengths.shown(b.id)
                        + "'.");
            }
        }
        String action = b.actionValue != null && !b.actionValue.isEmpty() ? b.actionValue : b.action;
        return new EdgeFirewall.Spec(id, b.name, action, b.enabled, refs(b.sourceFirewallGroups, Kind.FIREWALL_GROUP,
                "sourceFirewallGroups"), refs(b.destinationFirewallGroups, Kind.FIREWALL_GROUP,
                "destinationFirewallGroups"), refs(b.applicationPortProfiles, Kind.APP_PORT_PROFILE,
                "applicationPortProfiles"), b.ipProtocol, b.logging, b.direction, b.comments);
    }

    private static List<UUID> refs(List<Ref> refs, Kind kind, String field) {
        List<UUID> ids = new ArrayList<>();
        for (Ref r : refs == null ? List.<Ref>of() : refs) {
            ids.add(r == null ? null : NsxtRefs.urn(r.id, kind, field));
        }
        return ids;
    }

    /** Names of the groups (or profiles) a firewall's rules name, read once per request. */
    private Function<UUID, String> names(Exchange x, boolean ofGroups) {
        Map<UUID, String> cache = new HashMap<>();
        return id -> cache.computeIfAbsent(id, any -> {
            try {
                return ofGroups ? groups.get(x.principal(), id).row().name()
                        : profiles.get(x.principal(), id).row().name();
            } catch (ApiException e) {
                return null;
            }
        });
    }

    private static UUID groupId(Exchange x) {
        return CloudApi.id(x, "id", Kind.FIREWALL_GROUP);
    }

    private static UUID edgeId(Exchange x) {
        return CloudApi.id(x, "id", Kind.EDGE_GATEWAY);
    }

    /** The {@code ruleId} of the path, a UUID (anything else names no rule: 403). */
    static UUID ruleId(Exchange x) {
        UUID id = Ids.fromAny(x.pathParam("ruleId"));
        if (id == null) {
            throw ApiException.forbidden("No rule with id " + Lengths.shown(x.pathParam("ruleId"))
                    + " is accessible.");
        }
        return id;
    }
}
